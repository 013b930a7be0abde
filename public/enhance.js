/*
 * Chorus: the one script of the lite campaign page (edge/lite-page.ts), which signed-out visitors get
 * without React. Everything here is an addition to a page that works without it: links are links and forms post
 * the plain HTML way. Plain ES2015 with no dependencies, for old phones (no `?.` or `??`: Safari before 13.1
 * cannot read them); it reads only data- attributes the server-rendered markup carries, and its words come from
 * those attributes (the server's language).
 *
 * - [data-personal]: the letter form's live "how personal is this" indicator (the same measure as
 *   personalization() in lib/letters/template.ts; edge/enhance-script.test.ts compares the two).
 * - [data-copy]: Copy link (the clipboard, or the address selected with a hint where there is none).
 * - [data-native-share]: the phone's own share sheet, shown only where the browser has one.
 * - [data-pending-text] on a submit button: "Sending…" while the form posts, and no second post.
 */
(() => {
  const FIELD = /\{\{\s*([a-zA-Z_.]+)\s*\}\}/g;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
  const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f\u2028\u2029]/g;
  const NOT_WORD = (() => {
    try {
      // A constructor, not a literal: a \p{…} literal would stop older browsers from reading the whole file.
      // biome-ignore lint/complexity/useRegexLiterals: see above
      return new RegExp("[^\\p{L}\\p{N}']+", "u");
    } catch (_) {
      // Browsers before Unicode property escapes (2018): letters of the Latin, Greek and Cyrillic scripts.
      return /[^0-9A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF']+/;
    }
  })();

  function words(text) {
    return text.toLowerCase().replace(FIELD, " ").split(NOT_WORD).filter(Boolean);
  }

  /** Length of the longest common subsequence of two word lists (two rows of the table). */
  function lcsLength(a, b) {
    let previous = new Array(b.length + 1).fill(0);
    for (let i = 1; i <= a.length; i++) {
      const current = new Array(b.length + 1).fill(0);
      for (let j = 1; j <= b.length; j++) {
        current[j] = a[i - 1] === b[j - 1] ? previous[j - 1] + 1 : Math.max(previous[j], current[j - 1]);
      }
      previous = current;
    }
    return previous[b.length];
  }

  /** 0 = the template word for word, 1 = nothing in common; levels as on the server. */
  function personalization(template, letter) {
    const a = words(template).slice(0, 1500);
    const b = words(letter).slice(0, 1500);
    const longest = Math.max(a.length, b.length);
    const score = longest === 0 ? 0 : 1 - lcsLength(a, b) / longest;
    const rounded = Math.round(score * 100) / 100;
    const level = rounded < 0.1 ? "template" : rounded < 0.3 ? "some" : "personal";
    return { score: rounded, level: level };
  }

  /** The letter as the server composes it: parts trimmed, empty ones left out, a blank line between. */
  function composeLetter(parts) {
    return parts
      .map((part) =>
        (part.isEdit ? part.text.replace(/\r\n?/g, "\n").replace(CONTROL, "") : part.text).trim()
      )
      .filter(Boolean)
      .join("\n\n");
  }

  // For edge/enhance-script.test.ts, which runs this file outside a browser.
  globalThis.ChorusLite = { personalization: personalization, composeLetter: composeLetter };
  if (typeof document === "undefined") return;

  const each = (selector, run) => {
    Array.prototype.forEach.call(document.querySelectorAll(selector), run);
  };

  function enhanceIndicator(root) {
    const form = root.closest("form");
    const label = root.querySelector("[data-personal-label]");
    const meter = root.querySelector("[data-personal-meter]");
    if (!form || !label) return;
    const template = root.getAttribute("data-template") || "";
    let labels = {};
    try {
      labels = JSON.parse(root.getAttribute("data-labels") || "{}");
    } catch (_) {}
    let timer = 0;
    const update = () => {
      timer = 0;
      const parts = Array.prototype.map.call(form.querySelectorAll("[data-letter-part]"), (part) =>
        part.tagName === "TEXTAREA"
          ? { text: part.value, isEdit: true }
          : { text: part.textContent || "", isEdit: false }
      );
      const result = personalization(template, composeLetter(parts));
      if (meter) meter.value = result.score;
      if (label.getAttribute("data-level") !== result.level && labels[result.level]) {
        label.setAttribute("data-level", result.level);
        label.textContent = labels[result.level];
      }
    };
    form.addEventListener("input", (event) => {
      const target = event.target;
      if (!(target instanceof Element && target.hasAttribute("data-letter-part"))) return;
      // Long letters on slow phones: measured at most every 150 ms while typing.
      if (!timer) timer = setTimeout(update, 150);
    });
    // After a mistake the page comes back with what was written, which may already be personal.
    update();
  }

  function enhanceCopy(root) {
    const button = root.querySelector("[data-copy-button]");
    const source = root.querySelector("[data-copy-source]");
    const message = root.querySelector("[data-copy-message]");
    if (!button || !source) return;
    const say = (text) => {
      if (message) message.textContent = text || "";
    };
    const selectAddress = () => {
      source.focus();
      source.select();
      say(root.getAttribute("data-copy-fallback"));
    };
    // Rendered hidden: without a script the button could do nothing.
    button.hidden = false;
    source.addEventListener("focus", () => source.select());
    button.addEventListener("click", () => {
      if (!navigator.clipboard || typeof navigator.clipboard.writeText !== "function") {
        selectAddress();
        return;
      }
      navigator.clipboard
        .writeText(source.value)
        .then(() => say(root.getAttribute("data-copy-done")), selectAddress);
    });
  }

  function enhanceShare(root) {
    if (typeof navigator.share !== "function") return;
    const button = root.querySelector("button");
    const message = root.querySelector("[data-share-message]");
    if (!button) return;
    const say = (text) => {
      if (message) message.textContent = text || "";
    };
    root.hidden = false;
    button.addEventListener("click", () => {
      say("");
      const data = { title: root.getAttribute("data-title") || document.title };
      if (root.hasAttribute("data-text")) data.text = root.getAttribute("data-text");
      if (root.hasAttribute("data-url")) data.url = root.getAttribute("data-url");
      navigator.share(data).then(
        () => say(root.getAttribute("data-shared")),
        (error) => {
          // Closing the sheet is a choice, not an error.
          if (error && error.name === "AbortError") return;
          say(root.getAttribute("data-share-failed"));
        }
      );
    });
  }

  document.addEventListener("submit", (event) => {
    const form = event.target;
    if (!(form instanceof HTMLFormElement) || event.defaultPrevented) return;
    const button = form.querySelector("[data-pending-text]");
    if (!button) return;
    // One post per form: a second tap on a slow line would send the letter twice.
    if (form.getAttribute("data-pending") === "true") {
      event.preventDefault();
      return;
    }
    form.setAttribute("data-pending", "true");
    button.setAttribute("data-idle-text", button.textContent || "");
    button.textContent = button.getAttribute("data-pending-text");
    button.setAttribute("aria-disabled", "true");
  });

  // Back to a page kept in the browser's memory (back button): its forms are ready again.
  window.addEventListener("pageshow", (event) => {
    if (!event.persisted) return;
    each("form[data-pending]", (form) => {
      form.removeAttribute("data-pending");
      const button = form.querySelector("[data-pending-text]");
      if (!button) return;
      button.textContent = button.getAttribute("data-idle-text") || button.textContent;
      button.removeAttribute("aria-disabled");
    });
  });

  const start = () => {
    each("[data-personal]", enhanceIndicator);
    each("[data-copy]", enhanceCopy);
    each("[data-native-share]", enhanceShare);
  };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
