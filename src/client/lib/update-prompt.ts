export interface UpdatePromptText {
  message: string;
  action: string;
  dismiss: string;
}

/**
 * A small, non-modal notice that a new version is ready: a status region (read out without
 * taking focus) with a button to reload and one to dismiss. It goes right after the skip link,
 * so keyboard users reach it early; on screen it sits at the bottom of the window.
 */
export function showUpdatePrompt(text: UpdatePromptText, onAccept: () => void): void {
  document.querySelector("[data-update-prompt]")?.remove();
  const region = document.createElement("div");
  region.className = "update-prompt";
  region.setAttribute("role", "status");
  region.dataset.updatePrompt = "";
  const skipLink = document.querySelector(".skip-link");
  if (skipLink) skipLink.after(region);
  else document.body.prepend(region);

  const message = document.createElement("p");
  message.className = "update-prompt__message";
  message.textContent = text.message;
  const actions = document.createElement("div");
  actions.className = "update-prompt__actions";
  const accept = document.createElement("button");
  accept.type = "button";
  accept.className = "button--primary";
  accept.textContent = text.action;
  accept.addEventListener("click", () => {
    accept.disabled = true;
    onAccept();
  });
  const later = document.createElement("button");
  later.type = "button";
  later.textContent = text.dismiss;
  later.addEventListener("click", () => {
    region.remove();
    // Focus was on the removed button: continue from the main content, not the top of the page.
    document.getElementById("main")?.focus();
  });
  actions.append(accept, later);
  // Filled after the empty region is in the page, so screen readers announce the change.
  requestAnimationFrame(() => region.append(message, actions));
}
