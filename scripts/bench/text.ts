import type { Lang } from "../../src/schemas/common.ts";
import type { SeededRandom } from "./random.ts";

/**
 * Seeded filler text in English and Dutch. It reads like IT-department prose closely enough for
 * Markdown, Pagefind and gzip to do realistic work: real function words, a few hundred domain
 * words, and a few thousand invented product and team names so that the search index sees a
 * vocabulary of realistic size instead of the same hundred words repeated.
 */
interface WordBank {
  subjects: string[];
  verbs: string[];
  objects: string[];
  tails: string[];
  openers: string[];
  questions: string[];
  headingNouns: string[];
  storyStarts: string[];
  storyLines: string[];
  listLeads: string[];
}

const BANKS: Record<Lang, WordBank> = {
  en: {
    subjects: ["the service desk", "every analyst", "the IT manager", "a new colleague", "the change board", "our users", "the team lead", "the second line", "the night shift", "a product owner", "the security officer", "the supplier", "finance", "the first responder", "each squad", "the helpdesk agent", "the network team", "the CIO", "a user on the shop floor", "the onboarding buddy"],
    verbs: ["writes down", "reviews", "measures", "explains", "prioritises", "simplifies", "publishes", "automates", "owns", "schedules", "tests", "documents", "shares", "questions", "improves", "announces", "tracks", "rehearses", "closes", "plans"],
    objects: ["the waiting time", "every incident", "the knowledge article", "the outage update", "a clear next step", "the ticket history", "the password rule", "the approval flow", "the backlog", "the laptop rollout", "the escalation path", "the weekly report", "the phone queue", "the maintenance window", "the access request", "the root cause", "the status page", "the satisfaction score", "the first-contact fix", "the handover note"],
    tails: ["before the users notice", "in plain language", "every Monday morning", "without a second form", "so that nobody has to ask twice", "within one working day", "while the call is still open", "with the people who use it", "after every major change", "instead of adding another rule", "at the end of each sprint", "in the same ticket", "for everyone who asked", "with a named owner", "before the weekend starts", "as soon as it is known", "on the intranet", "without blaming anyone", "in under five minutes", "for the whole department"],
    openers: ["In practice,", "Most of the time,", "In our experience,", "On a good day,", "When it works,", "After a while,", "Quite often,", "Sooner or later,", "For most teams,", "Step by step,"],
    questions: ["What changed first", "How did the team react", "What would you do differently", "Where did the time go", "Why did users trust it", "What did it cost", "Who owned the outcome", "How do you measure success", "What surprised you most", "When did it start to work"],
    headingNouns: ["waiting times", "ownership", "handovers", "outage updates", "self-service", "onboarding", "password rules", "change windows", "escalations", "feedback loops", "knowledge", "priorities", "status pages", "satisfaction", "workload", "budgets", "suppliers", "training", "access rights", "first contact"],
    storyStarts: ["I remember the Monday when", "Last winter", "On my second day", "The week before the audit", "One Friday afternoon", "During the migration"],
    storyLines: ["I called the desk and waited", "nobody told me what was going on", "a colleague finally explained it to me", "the new laptop arrived without an account", "the update came before I had to ask", "I filled in the same form twice", "someone called me back within the hour", "the outage page said exactly what I needed", "I felt that somebody owned my problem", "the fix took five minutes once the right person saw it"],
    listLeads: ["Start small", "Name an owner", "Write it down", "Ask the users", "Measure the wait", "Publish the result", "Remove one step", "Test it twice"],
  },
  nl: {
    subjects: ["de servicedesk", "elke medewerker", "de IT-manager", "een nieuwe collega", "het wijzigingsoverleg", "onze eindgebruikers", "de teamleider", "de tweede lijn", "de nachtdienst", "een product owner", "de security officer", "de leverancier", "de afdeling financiën", "de eerste responder", "elk team", "de helpdeskmedewerker", "het netwerkteam", "de CIO", "een gebruiker op de werkvloer", "de onboardingbuddy"],
    verbs: ["schrijft op", "bekijkt", "meet", "legt uit", "geeft voorrang aan", "vereenvoudigt", "publiceert", "automatiseert", "is eigenaar van", "plant", "test", "documenteert", "deelt", "bevraagt", "verbetert", "kondigt aan", "volgt", "oefent", "sluit", "regelt"],
    objects: ["de wachttijd", "elke storing", "het kennisartikel", "de storingsupdate", "een duidelijke volgende stap", "de tickethistorie", "de wachtwoordregel", "de goedkeuringsroute", "de backlog", "de uitrol van laptops", "het escalatiepad", "de weekrapportage", "de telefoonwachtrij", "het onderhoudsvenster", "de toegangsaanvraag", "de oorzaak", "de statuspagina", "de tevredenheidsscore", "de oplossing bij eerste contact", "de overdrachtsnotitie"],
    tails: ["voordat gebruikers het merken", "in gewone taal", "elke maandagochtend", "zonder tweede formulier", "zodat niemand twee keer hoeft te vragen", "binnen één werkdag", "terwijl het gesprek nog loopt", "samen met de mensen die het gebruiken", "na elke grote wijziging", "in plaats van nog een regel toe te voegen", "aan het eind van elke sprint", "in hetzelfde ticket", "voor iedereen die het vroeg", "met een vaste eigenaar", "voordat het weekend begint", "zodra het bekend is", "op het intranet", "zonder iemand de schuld te geven", "in minder dan vijf minuten", "voor de hele afdeling"],
    openers: ["In de praktijk", "Meestal", "In onze ervaring", "Op een goede dag", "Als het werkt", "Na een tijdje", "Vaak", "Vroeg of laat", "Voor de meeste teams", "Stap voor stap"],
    questions: ["Wat veranderde er eerst", "Hoe reageerde het team", "Wat zou je anders doen", "Waar ging de tijd naartoe", "Waarom vertrouwden gebruikers het", "Wat heeft het gekost", "Wie was eigenaar van het resultaat", "Hoe meet je succes", "Wat verraste je het meest", "Wanneer begon het te werken"],
    headingNouns: ["wachttijden", "eigenaarschap", "overdrachten", "storingsupdates", "selfservice", "onboarding", "wachtwoordregels", "wijzigingsvensters", "escalaties", "terugkoppeling", "kennis", "prioriteiten", "statuspagina's", "tevredenheid", "werkdruk", "budgetten", "leveranciers", "training", "toegangsrechten", "eerste contact"],
    storyStarts: ["Ik weet nog die maandag toen", "Afgelopen winter", "Op mijn tweede werkdag", "De week voor de audit", "Op een vrijdagmiddag", "Tijdens de migratie"],
    storyLines: ["belde ik de servicedesk en wachtte ik", "vertelde niemand me wat er aan de hand was", "legde een collega het me eindelijk uit", "kwam de nieuwe laptop zonder account", "kwam de update voordat ik erom hoefde te vragen", "vulde ik twee keer hetzelfde formulier in", "belde iemand me binnen het uur terug", "stond op de storingspagina precies wat ik moest weten", "voelde ik dat iemand eigenaar was van mijn probleem", "duurde de oplossing vijf minuten zodra de juiste persoon ernaar keek"],
    listLeads: ["Begin klein", "Wijs een eigenaar aan", "Schrijf het op", "Vraag het de gebruikers", "Meet de wachttijd", "Publiceer het resultaat", "Schrap één stap", "Test het twee keer"],
  },
};

const SYLLABLES = ["ka", "ro", "mi", "ten", "vel", "dor", "sa", "lu", "pex", "tri", "no", "gar", "fin", "zo", "ber", "qui", "lan", "mo", "ste", "vax", "dri", "pol", "ne", "kur"];

/** Invented names (tools, teams, sites) that give the corpus a realistic number of distinct words. */
export function inventVocabulary(random: SeededRandom, size: number): string[] {
  const words = new Set<string>();
  while (words.size < size) {
    const count = random.int(2, 4);
    let word = "";
    for (let i = 0; i < count; i++) word += random.pick(SYLLABLES);
    words.add(word);
  }
  return [...words];
}

/** Words in a Markdown text as the site counts them (tokens that hold a letter or digit). */
export function wordsIn(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export class TextWriter {
  constructor(
    private readonly random: SeededRandom,
    private readonly lang: Lang,
    private readonly vocabulary: string[],
  ) {}

  private get bank(): WordBank {
    return BANKS[this.lang];
  }

  private name(): string {
    return capitalise(this.random.pick(this.vocabulary));
  }

  /** One sentence of 8 to 25 words, now and then with emphasis, a product name or a link. */
  sentence(plain = false): string {
    const { random, bank } = this;
    const subject = random.chance(0.25) ? `${random.pick(bank.subjects)} ${this.lang === "en" ? "at" : "bij"} ${this.name()}` : random.pick(bank.subjects);
    let object = random.pick(bank.objects);
    if (plain) random.next();
    else if (random.chance(0.15)) object = `*${object}*`;
    else if (random.chance(0.08)) object = `**${object}**`;
    else if (random.chance(0.05)) object = `[${object}](https://example.org/${this.lang}/${random.pick(this.vocabulary)})`;
    const opener = random.chance(0.3) ? `${random.pick(bank.openers)} ` : "";
    const tail = random.chance(0.8) ? ` ${random.pick(bank.tails)}` : "";
    const extra = random.chance(0.3) ? `, ${this.lang === "en" ? "using" : "met"} ${this.name()}` : "";
    const body = `${opener}${subject} ${random.pick(bank.verbs)} ${object}${tail}${extra}`;
    return `${capitalise(body.trim())}.`;
  }

  paragraph(sentences = this.random.int(3, 6)): string {
    return Array.from({ length: sentences }, () => this.sentence()).join(" ");
  }

  /** A title within the schema's 10-90 characters. */
  title(): string {
    const { random, bank } = this;
    const noun = random.pick(bank.headingNouns);
    const text = this.lang === "en" ? `${capitalise(noun)} at ${this.name()}: ${random.pick(bank.tails)}` : `${capitalise(noun)} bij ${this.name()}: ${random.pick(bank.tails)}`;
    return text.slice(0, 88).trim();
  }

  /** Plain sentences (no Markdown) within `min`-`max` characters. */
  summary(min: number, max: number): string {
    let text = this.sentence(true);
    while (text.length < min) text = `${text} ${this.sentence(true)}`;
    return text.length <= max ? text : `${text.slice(0, max - 1).trim()}.`;
  }

  heading(question: boolean): string {
    const { random, bank } = this;
    if (question) return `${random.pick(bank.questions)} ${this.lang === "en" ? "with" : "met"} ${this.name()}?`;
    return `${capitalise(random.pick(bank.headingNouns))} ${this.lang === "en" ? "and" : "en"} ${random.pick(bank.headingNouns)}`;
  }

  /** A guide, tip or interview body: `##` sections until at least `targetWords` words. */
  longBody(targetWords: number, questions: boolean): string {
    const { random, bank } = this;
    const blocks: string[] = [this.paragraph()];
    let words = wordsIn(blocks[0]!);
    while (words < targetWords) {
      const section: string[] = [`## ${this.heading(questions)}`, this.paragraph()];
      if (!questions && random.chance(0.3)) section.push(random.sample(bank.listLeads, random.int(3, 5)).map((lead) => `- **${lead}.** ${this.sentence()}`).join("\n"));
      if (random.chance(0.15)) section.push(`> ${this.sentence()}`);
      if (!questions && random.chance(0.2)) section.push(`### ${capitalise(random.pick(bank.headingNouns))}`);
      section.push(this.paragraph());
      const block = section.join("\n\n");
      words += wordsIn(block);
      blocks.push(block);
    }
    return `${blocks.join("\n\n")}\n`;
  }

  /** A first-person story of roughly `targetWords` words, no headings. */
  storyBody(targetWords: number): string {
    const { random, bank } = this;
    const paragraphs: string[] = [];
    let words = 0;
    while (words < targetWords) {
      const line = `${random.pick(bank.storyStarts)} ${random.pick(bank.storyLines)}. ${this.paragraph(random.int(2, 4))}`;
      words += wordsIn(line);
      paragraphs.push(line);
    }
    return `${paragraphs.join("\n\n")}\n`;
  }
}
