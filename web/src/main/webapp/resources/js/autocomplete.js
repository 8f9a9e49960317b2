/*
 * Autocomplete for search boxes (input[data-suggest]): an ARIA 1.2 combobox with a listbox popup
 * (https://www.w3.org/WAI/ARIA/apg/patterns/combobox/examples/combobox-autocomplete-list/).
 * Completions come from GET {data-suggest}?q=…&lang={data-lang} as {items: [...]}.
 * Keys: Down/Up move through the suggestions (Alt+Down opens), Enter takes the one shown as active
 * and searches for it, Escape closes the list (or, when closed, clears the box), Tab leaves.
 * Without this script the box is a plain search box and its form still submits; when the service
 * does not answer, the box simply offers nothing. The script also keeps the form's address short
 * (see tidy below).
 */
(function () {
  'use strict';

  var DEBOUNCE_MS = 150;
  var MIN_CHARS = 2;

  function Combobox(input) {
    this.input = input;
    this.form = input.form;
    this.url = input.getAttribute('data-suggest');
    this.lang = input.getAttribute('data-lang') || document.documentElement.lang || 'sv';
    this.items = [];
    this.active = -1;
    this.timer = null;
    this.request = null;
    this.lastQuery = null;

    var id = (input.id || 'search') + '-suggestions';
    this.listbox = document.createElement('ul');
    this.listbox.id = id;
    this.listbox.className = 'combobox__list';
    this.listbox.setAttribute('role', 'listbox');
    this.listbox.setAttribute('aria-label', input.getAttribute('data-suggest-label') || '');
    this.listbox.hidden = true;
    input.parentNode.appendChild(this.listbox);

    this.status = document.createElement('span');
    this.status.className = 'visually-hidden';
    this.status.setAttribute('role', 'status');
    input.parentNode.appendChild(this.status);

    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', id);
    input.setAttribute('autocomplete', 'off');

    input.addEventListener('input', this.onInput.bind(this));
    input.addEventListener('keydown', this.onKeyDown.bind(this));
    input.addEventListener('blur', this.onBlur.bind(this));
    // A press on an option must not blur the box before the click arrives.
    this.listbox.addEventListener('mousedown', function (event) { event.preventDefault(); });
    this.listbox.addEventListener('click', this.onClick.bind(this));
  }

  Combobox.prototype.onInput = function () {
    var self = this;
    clearTimeout(this.timer);
    var query = this.input.value.trim();
    if (query.length < MIN_CHARS) {
      this.close();
      this.lastQuery = null;
      return;
    }
    this.timer = setTimeout(function () { self.fetch(query); }, DEBOUNCE_MS);
  };

  Combobox.prototype.fetch = function (query) {
    var self = this;
    if (query === this.lastQuery) {
      if (this.items.length) { this.open(); }
      return;
    }
    if (this.request) { this.request.abort(); }
    var controller = typeof AbortController === 'function' ? new AbortController() : null;
    this.request = controller;
    var url = this.url + '?q=' + encodeURIComponent(query) + '&lang=' + encodeURIComponent(this.lang);
    fetch(url, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin',
                 signal: controller ? controller.signal : undefined })
      .then(function (response) { return response.ok ? response.json() : { items: [] }; })
      .then(function (body) {
        // Only the answer to what is in the box now counts.
        if (self.input.value.trim() !== query) { return; }
        self.lastQuery = query;
        self.show(Array.isArray(body && body.items) ? body.items : []);
      })
      .catch(function () { /* aborted or offline: offer nothing */ });
  };

  Combobox.prototype.show = function (items) {
    var self = this;
    this.items = items.filter(function (item) { return typeof item === 'string' && item; });
    this.active = -1;
    this.input.removeAttribute('aria-activedescendant');
    this.listbox.textContent = '';
    this.items.forEach(function (item, i) {
      var option = document.createElement('li');
      option.id = self.listbox.id + '-' + i;
      option.className = 'combobox__option';
      option.setAttribute('role', 'option');
      option.setAttribute('aria-selected', 'false');
      option.textContent = item;
      self.listbox.appendChild(option);
    });
    if (this.items.length && document.activeElement === this.input) {
      this.open();
      this.announce();
    } else {
      this.close();
    }
  };

  Combobox.prototype.announce = function () {
    var n = this.items.length;
    var template = this.input.getAttribute(n === 1 ? 'data-suggest-one' : 'data-suggest-many') || '';
    this.status.textContent = template.replace('{0}', String(n));
  };

  Combobox.prototype.open = function () {
    if (!this.items.length) { return; }
    this.listbox.hidden = false;
    this.input.setAttribute('aria-expanded', 'true');
  };

  Combobox.prototype.close = function () {
    this.listbox.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
    this.setActive(-1);
  };

  Combobox.prototype.isOpen = function () {
    return !this.listbox.hidden;
  };

  Combobox.prototype.setActive = function (index) {
    var options = this.listbox.children;
    for (var i = 0; i < options.length; i++) {
      options[i].setAttribute('aria-selected', i === index ? 'true' : 'false');
      options[i].classList.toggle('combobox__option--active', i === index);
    }
    this.active = index;
    if (index >= 0 && options[index]) {
      this.input.setAttribute('aria-activedescendant', options[index].id);
      if (options[index].scrollIntoView) { options[index].scrollIntoView({ block: 'nearest' }); }
    } else {
      this.input.removeAttribute('aria-activedescendant');
    }
  };

  Combobox.prototype.choose = function (index) {
    var item = this.items[index];
    if (item === undefined) { return; }
    this.input.value = item;
    this.lastQuery = item;
    this.close();
    if (this.form) {
      if (typeof this.form.requestSubmit === 'function') { this.form.requestSubmit(); } else { this.form.submit(); }
    }
  };

  Combobox.prototype.onKeyDown = function (event) {
    var n = this.items.length;
    switch (event.key) {
      case 'ArrowDown':
      case 'Down':
        if (!n) { return; }
        event.preventDefault();
        if (!this.isOpen()) {
          this.open();
          if (!event.altKey) { this.setActive(0); }
        } else {
          this.setActive(this.active + 1 >= n ? 0 : this.active + 1);
        }
        break;
      case 'ArrowUp':
      case 'Up':
        if (!n) { return; }
        event.preventDefault();
        if (!this.isOpen()) {
          this.open();
          this.setActive(n - 1);
        } else {
          this.setActive(this.active <= 0 ? n - 1 : this.active - 1);
        }
        break;
      case 'Enter':
        if (this.isOpen() && this.active >= 0) {
          event.preventDefault();
          this.choose(this.active);
        }
        // otherwise the form submits what was typed
        break;
      case 'Escape':
      case 'Esc':
        if (this.isOpen()) {
          event.preventDefault();
          this.close();
        } else if (this.input.value) {
          event.preventDefault();
          this.input.value = '';
          this.lastQuery = null;
        }
        break;
      case 'Tab':
        this.close();
        break;
      default:
        break;
    }
  };

  Combobox.prototype.onBlur = function () {
    this.close();
  };

  Combobox.prototype.onClick = function (event) {
    var option = event.target.closest ? event.target.closest('[role="option"]') : null;
    if (!option) { return; }
    var index = Array.prototype.indexOf.call(this.listbox.children, option);
    this.choose(index);
  };

  /*
   * The search form's address: empty fields are left out of it (q=data rather than
   * q=data&near=&radius_km=&start_from=&start_to=). Coming back to the page (back button, page cache)
   * the form shows the search in the address again, not what was typed or ticked before leaving.
   */
  function tidy(form) {
    form.addEventListener('submit', function () {
      for (var i = 0; i < form.elements.length; i++) {
        var field = form.elements[i];
        if (field.name && field.value === '' && field.type !== 'checkbox' && field.type !== 'radio') {
          field.disabled = true;
        }
      }
    });
    window.addEventListener('pageshow', function (event) {
      for (var i = 0; i < form.elements.length; i++) { form.elements[i].disabled = false; }
      if (event.persisted) { form.reset(); }
    });
  }

  function init() {
    var inputs = document.querySelectorAll('input[data-suggest]');
    for (var i = 0; i < inputs.length; i++) {
      if (!inputs[i].hasAttribute('role')) {
        new Combobox(inputs[i]);
        if (inputs[i].form && inputs[i].form.method === 'get') { tidy(inputs[i].form); }
      }
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
}());
