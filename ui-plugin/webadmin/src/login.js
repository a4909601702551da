// The login page of the standalone webadmin.

import { logIn } from './session.js';

export function renderLogin(root, onLoggedIn) {
  root.innerHTML = '';
  const page = document.createElement('div');
  page.className = 'pf-v6-c-login';
  page.innerHTML = `
    <div class="pf-v6-c-login__container">
      <main class="pf-v6-c-login__main">
        <header class="pf-v6-c-login__main-header">
          <h1 class="pf-v6-c-title pf-m-3xl">Open Virtualization Manager</h1>
          <p class="pf-v6-c-login__main-header-desc">ovirt-osn standalone engine — Administration Portal</p>
        </header>
        <div class="pf-v6-c-login__main-body">
          <form class="pf-v6-c-form" id="login-form" novalidate>
            <div class="login-error" aria-live="assertive"></div>
            <div class="pf-v6-c-form__group">
              <div class="pf-v6-c-form__group-label"><label class="pf-v6-c-form__label" for="login-user">
                <span class="pf-v6-c-form__label-text">Username</span></label></div>
              <span class="pf-v6-c-form-control pf-m-required"><input id="login-user" name="user" type="text"
                value="admin@internal" autocomplete="username" required></span>
            </div>
            <div class="pf-v6-c-form__group">
              <div class="pf-v6-c-form__group-label"><label class="pf-v6-c-form__label" for="login-password">
                <span class="pf-v6-c-form__label-text">Password</span></label></div>
              <span class="pf-v6-c-form-control pf-m-required"><input id="login-password" name="password"
                type="password" autocomplete="current-password" required></span>
            </div>
            <div class="pf-v6-c-form__group pf-m-action">
              <button class="pf-v6-c-button pf-m-primary pf-m-block" type="submit" id="login-submit">Log In</button>
            </div>
          </form>
        </div>
      </main>
    </div>`;
  root.append(page);
  const form = page.querySelector('#login-form');
  const error = page.querySelector('.login-error');
  const submit = page.querySelector('#login-submit');
  form.elements.password.focus();
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    submit.disabled = true;
    submit.textContent = 'Logging in…';
    error.textContent = '';
    try {
      onLoggedIn(await logIn(form.elements.user.value.trim(), form.elements.password.value));
    } catch (failure) {
      const alert = document.createElement('div');
      alert.className = 'pf-v6-c-alert pf-m-inline pf-m-danger';
      alert.setAttribute('role', 'alert');
      const title = document.createElement('p');
      title.className = 'pf-v6-c-alert__title';
      title.textContent = failure.message;
      alert.append(title);
      error.replaceChildren(alert);
      submit.disabled = false;
      submit.textContent = 'Log In';
    }
  });
}
