/**
 * Inserts HTML that markdown-it produced from content with `html: false`: every tag in it was
 * made by the renderer and every text was escaped. Never pass anything else here.
 */
export function RenderedHtml({ html, as: Tag = "div", className }: { html: string; as?: "div" | "p" | "span" | "li" | "h1" | "h2" | "h3"; className?: string }) {
  return <Tag class={className} dangerouslySetInnerHTML={{ __html: html }} />;
}
