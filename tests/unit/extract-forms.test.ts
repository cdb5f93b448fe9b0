import { describe, expect, it } from 'vitest';
import { JSDOM, VirtualConsole } from 'jsdom';
import { CONTROL_FORM_ATTR, isControlForm, markControlForms, settleForms } from '../../lib/extract/forms';
import { sanitizeElement } from '../../lib/sanitize';
import { blockText } from '../../lib/text/blocks';

function page(body: string): JSDOM {
  return new JSDOM(`<body>${body}</body>`, { url: 'http://fakehost/p', virtualConsole: new VirtualConsole() });
}

const form = (inner: string, attrs = '') => {
  const dom = page(`<form ${attrs}>${inner}</form>`);
  return dom.window.document.querySelector('form')!;
};

describe('which forms are controls', () => {
  it.each([
    ['a newsletter sign-up', '<p>Get our weekly letter</p><input type="email" name="EMAIL"><button>Subscribe</button>'],
    ['a search box', '<input type="text" name="q" placeholder="Search"><button>Go</button>'],
    ['a login', '<label>User<input name="username"></label><input type="password"><button>Sign in</button>'],
    [
      'a lead-gen form',
      'First Name*<input type="text" name="firstName"> Company*<input type="text" name="company_size_x"> Phone <input type="tel" name="phone">',
    ],
    ['a comment form', '<label>Your review<textarea name="review"></textarea></label><button>Submit</button>'],
    [
      'a club sign-up with a bare field',
      '<p>Stay in touch: join our club for news and offers.</p><input><button>Join</button>',
    ],
  ])('%s is a control', (_, inner) => {
    expect(isControlForm(form(inner))).toBe(true);
  });

  it('a search form by its role is a control', () => {
    expect(isControlForm(form('<input name="x">', 'role="search"'))).toBe(true);
  });

  it.each([
    [
      "a product's options",
      '<p>Colour:</p><label><input type="radio" name="attribute[1]"> Forest green</label><label><input type="radio" name="attribute[1]"> Sand</label><select name="size"><option>S</option><option>M</option></select><button>Add to cart</button>',
    ],
    [
      'a quantity box typed as a phone number, for the keypad',
      'Quantity <input type="tel" name="qty[]" pattern="[0-9]*"><button>Add to cart</button>',
    ],
    [
      'a product engraving field',
      'Engraving text <input type="text" name="properties[engraving]"><button>Add to cart</button>',
    ],
  ])('%s is content', (_, inner) => {
    expect(isControlForm(form(inner))).toBe(false);
  });

  it('a page wrapped in one form (ASP.NET) is content, its search box with it', () => {
    const prose = '<p>' + 'A sentence of the page that goes on for a while, as pages do. '.repeat(40) + '</p>';
    expect(isControlForm(form(`<input type="text" name="search">${prose}`))).toBe(false);
  });
});

describe('forms in the extracted content', () => {
  it('drops the marked controls and keeps the text of the others, in the HTML as in the text', () => {
    const dom = page(
      `<div id="root"><h1>Canvas tote</h1>
       <form class="add"><p>Colour:</p><label><input type="radio" name="c"> Forest green</label>
         <select name="size"><option>Small</option></select><button>Add to cart</button></form>
       <form class="news"><p>Sign up for our letter</p><input type="email" name="email"></form></div>`,
    );
    const doc = dom.window.document;
    markControlForms([...doc.querySelectorAll('form')]);
    expect(doc.querySelector('form.news')!.hasAttribute(CONTROL_FORM_ATTR)).toBe(true);
    const root = doc.getElementById('root')!;
    expect(settleForms(root)).toBe(1);
    const text = blockText(root);
    expect(text).toContain('Forest green');
    expect(text).not.toMatch(/Sign up|Add to cart|Small/);
    const html = sanitizeElement(root, dom.window as unknown as Window);
    expect(html).toContain('Colour:');
    expect(html).toContain('Forest green');
    expect(html).not.toMatch(/<form|<input|<select|<button|Sign up|Add to cart/);
  });
});
