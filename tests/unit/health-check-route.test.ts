import { describe, expect, it } from "vitest";
import { codesInText, compareFragment, parseRoute, resultFragment } from "../../src/client/health-check/route.ts";

describe("health check routes in the URL fragment", () => {
  it("no fragment shows your own questionnaire, and an in-page anchor leaves the view alone", () => {
    expect(parseRoute("")).toEqual({ kind: "questionnaire" });
    expect(parseRoute("#")).toEqual({ kind: "questionnaire" });
    expect(parseRoute("#main")).toEqual({ kind: "anchor" });
    expect(parseRoute("#hc-results")).toEqual({ kind: "anchor" });
  });

  it("a result code opens that result, whatever its version", () => {
    expect(parseRoute("#v1.AbC-_")).toEqual({ kind: "result", code: "v1.AbC-_" });
    expect(parseRoute("#v9.x")).toEqual({ kind: "result", code: "v9.x" });
  });

  it("a comparison fragment opens its codes side by side, and survives percent-encoding", () => {
    expect(parseRoute(compareFragment(["v1.a", "v1.b"]))).toEqual({ kind: "compare", codes: ["v1.a", "v1.b"] });
    expect(parseRoute("#compare%3Dv1.a%2Cv1.b")).toEqual({ kind: "compare", codes: ["v1.a", "v1.b"] });
    expect(parseRoute("#compare=%E0%A4%A")).toEqual({ kind: "compare", codes: ["%E0%A4%A"] });
  });

  it("pasted text yields its codes: a whole link, a bare code, or every code of a comparison link", () => {
    expect(codesInText(`  https://example.org/docs/it/en/health-check/${resultFragment("v1.abc")}  `)).toEqual(["v1.abc"]);
    expect(codesInText("v1.abc")).toEqual(["v1.abc"]);
    expect(codesInText("https://example.org/en/health-check/#compare=v1.a,v1.b")).toEqual(["v1.a", "v1.b"]);
  });

  it("pasted text that holds no code comes back as it is, for the decoder to name", () => {
    expect(codesInText("https://example.org/en/health-check/")).toEqual(["https://example.org/en/health-check/"]);
    expect(codesInText("hello")).toEqual(["hello"]);
  });
});
