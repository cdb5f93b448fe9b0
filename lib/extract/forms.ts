/**
 * Forms in the extracted content. The sanitizer drops every <form> with all
 * it holds (lib/sanitize.ts), while the article text reads a form's labels
 * and headings: text and HTML disagreed. A form is either a control the
 * reader does not read (a sign-up, a search box, a login, a contact or
 * comment form: fields for an e-mail, a name, a phone number, a message),
 * dropped here from both; or part of the content (a product's options: its
 * sizes and colours as radio labels, a quantity, the add-to-cart form round
 * the price), kept as a plain container so that its readable text reaches
 * the HTML. Its inputs, selects and buttons still go at the sanitizer: the
 * text skips selects and buttons too (lib/text/blocks.ts).
 */

/**
 * Input types that ask for a person's details or a search. Not `tel`: a
 * shop's quantity box is often one, for the digit keypad (WCXB-dev 0605);
 * a phone field says so by its name.
 */
const CONTROL_TYPES = new Set(['email', 'password', 'search']);
/** Input types whose name, id or placeholder says what they ask for. */
const NAMED_TYPES = new Set(['text', 'tel', 'url']);

/**
 * Field names, ids, placeholders and autocomplete tokens of a person's
 * details or a query, as words: `email`, `first_name`, `billing-phone`,
 * `search_query`, `q`, `s`.
 */
const CONTROL_FIELD =
  /(?:^|[\s_\-[\].])(?:e-?mail|mail|name|first-?name|last-?name|full-?name|given-?name|family-?name|fname|lname|phone|mobile|tel|company|organi[sz]ation|job-?title|password|passwd|username|user|login|search|query|keywords?|q|s|message|comment|subject)(?:$|[\s_\-[\].])/i;

/**
 * A control form holds at most this many words, its lists of options left
 * out (a country list is long): a page wrapped in one form (ASP.NET) is content.
 */
const CONTROL_MAX_WORDS = 250;

/** Attributes of a field that say what it asks for. */
const FIELD_ATTRS = ['name', 'id', 'placeholder', 'autocomplete', 'aria-label'];

/** What a sign-up or login form says about itself. */
const SIGN_UP_TEXT =
  /\b(?:sign(?:ing)? ?(?:up|in)|log ?in|subscribe|subscription|newsletter|join (?:us|our|the|now)|stay in touch|e-?mail address)\b/i;

/**
 * True when a field asks for a person's details, a search or a message: by
 * its type, by its name, or, for a bare text field, by what its form says
 * ("Join our club: sign up for news", a field without a name).
 */
function isControlField(field: Element, formText: string): boolean {
  if (field.localName === 'textarea') return true;
  const type = (field.getAttribute('type') ?? 'text').toLowerCase();
  if (CONTROL_TYPES.has(type)) return true;
  if (!NAMED_TYPES.has(type)) return false;
  if (FIELD_ATTRS.some((a) => CONTROL_FIELD.test(field.getAttribute(a) ?? ''))) return true;
  return type === 'text' && SIGN_UP_TEXT.test(formText);
}

/** A form's text without its options' lists and scripts. */
function shownText(form: Element): string {
  let text = '';
  const walk = (el: Element) => {
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) text += ` ${c.nodeValue ?? ''}`;
      else if (c.nodeType === 1 && !HIDDEN_TEXT_TAGS.has((c as Element).localName)) walk(c as Element);
    }
  };
  walk(form);
  return text;
}

const HIDDEN_TEXT_TAGS = new Set(['select', 'datalist', 'script', 'style', 'template', 'noscript']);

/**
 * True when a form is a control: role=search, or a short form with a field
 * for an e-mail, a name, a phone, a password, a search or a message.
 */
export function isControlForm(form: Element): boolean {
  if (form.getAttribute('role') === 'search') return true;
  const text = shownText(form);
  if (text.split(/\s+/).filter(Boolean).length > CONTROL_MAX_WORDS) return false;
  for (const field of form.querySelectorAll('input, textarea')) if (isControlField(field, text)) return true;
  return false;
}

/** Attribute that marks a control form, read before Readability drops its fields (it keeps data attributes). */
export const CONTROL_FORM_ATTR = 'data-precis-control';

/**
 * Marks the control forms among `forms` (the page's, on the prepared page,
 * where their fields still are): `settleForms` drops them from the content.
 */
export function markControlForms(forms: Element[]): void {
  for (const form of forms) if (form.isConnected && isControlForm(form)) form.setAttribute(CONTROL_FORM_ATTR, '');
}

/**
 * Drops the control forms under `root` (marked by `markControlForms`) and turns the others into plain
 * containers (a <div> with the form's children and data attributes), so
 * that the text read from `root` and its sanitized HTML hold the same words.
 * Returns how many forms were dropped.
 */
export function settleForms(root: Element): number {
  // The root itself may be a form (a page wrapped in one): only its content is serialized.
  const forms = [...root.getElementsByTagName('form')];
  let dropped = 0;
  for (const form of forms) {
    // An inner form of a dropped one is gone with it.
    if (!root.contains(form)) continue;
    if (form.hasAttribute(CONTROL_FORM_ATTR)) {
      form.remove();
      dropped++;
      continue;
    }
    unwrapForm(form);
  }
  return dropped;
}

/** Replaces a form by a <div> holding its children and its data attributes (the hints among them). */
function unwrapForm(form: Element): void {
  const div = form.ownerDocument.createElement('div');
  for (const name of form.getAttributeNames()) {
    if (name.startsWith('data-') && name !== CONTROL_FORM_ATTR) div.setAttribute(name, form.getAttribute(name) ?? '');
  }
  while (form.firstChild) div.appendChild(form.firstChild);
  form.replaceWith(div);
}
