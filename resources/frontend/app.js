// Moose facts frontend: no framework, same-origin requests only.
// The page works behind nginx (container runtime) and straight from
// moosefacts --static-dir (local runtime), so every URL is root-relative.
'use strict';

(() => {
  const REQUEST_TIMEOUT_MS = 8000;
  // A random pick may repeat the fact on screen; ask again a few times so
  // "Another fact" really shows another one.
  const MAX_PICKS = 3;
  const KNOWN_STAGES = ['test', 'staging', 'production'];

  const byId = (id) => document.getElementById(id);
  const ui = {
    card: byId('fact-card'),
    text: byId('fact-text'),
    id: byId('fact-id'),
    topic: byId('fact-topic'),
    another: byId('another'),
    retry: byId('retry'),
    error: byId('error'),
    errorDetail: byId('error-detail'),
    stage: byId('stage'),
    version: byId('version'),
    commit: byId('commit'),
    digest: byId('digest'),
    digestRow: byId('digest-row'),
  };

  let currentId = null;
  let pending = null;
  let versionKnown = false;

  class ApiError extends Error {}

  async function getJson(path) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), REQUEST_TIMEOUT_MS);
    try {
      const response = await fetch(path, {
        cache: 'no-store',
        headers: { Accept: 'application/json' },
        signal: controller.signal,
      });
      if (!response.ok) {
        throw new ApiError(`${path} answered HTTP ${response.status}`);
      }
      try {
        return await response.json();
      } catch {
        throw new ApiError(`${path} did not answer with JSON`);
      }
    } catch (error) {
      if (error instanceof ApiError) throw error;
      if (error.name === 'AbortError') {
        throw new ApiError(`${path} did not answer within ${REQUEST_TIMEOUT_MS / 1000} seconds`);
      }
      throw new ApiError(`the request to ${path} failed`);
    } finally {
      clearTimeout(timer);
    }
  }

  const isFact = (value) =>
    value !== null && typeof value === 'object' && Number.isInteger(value.id) && typeof value.text === 'string';

  async function pickFact() {
    let fact = null;
    for (let pick = 0; pick < MAX_PICKS; ++pick) {
      fact = await getJson('/api/facts/random');
      if (!isFact(fact)) throw new ApiError('/api/facts/random did not answer with a fact');
      if (fact.id !== currentId) break;
    }
    return fact;
  }

  function showFact(fact) {
    currentId = fact.id;
    ui.text.textContent = fact.text;
    ui.text.classList.remove('is-placeholder');
    ui.id.textContent = String(fact.id);
    const topic = typeof fact.topic === 'string' ? fact.topic.trim() : '';
    ui.topic.textContent = topic;
    ui.topic.hidden = topic === '';
  }

  function showError(reason) {
    ui.errorDetail.textContent = `Detail: ${reason}.`;
    ui.error.hidden = false;
    if (currentId === null) {
      ui.text.textContent = 'No fact to show yet.';
      ui.text.classList.add('is-placeholder');
    }
    document.body.dataset.state = 'error';
  }

  function clearError() {
    const hadFocus = ui.error.contains(document.activeElement);
    ui.error.hidden = true;
    // The retry button disappears with the error; keep keyboard users in place.
    if (hadFocus) ui.another.focus();
    document.body.dataset.state = 'ready';
  }

  function setBusy(busy) {
    ui.card.setAttribute('aria-busy', busy ? 'true' : 'false');
    ui.another.classList.toggle('is-busy', busy);
  }

  function shorten(text, length) {
    return text.length > length ? `${text.slice(0, length)}…` : text;
  }

  function showStage(name) {
    const label = typeof name === 'string' && name.trim() !== '' ? name.trim() : 'unknown';
    const key = label.toLowerCase();
    ui.stage.textContent = label;
    ui.stage.dataset.stage = KNOWN_STAGES.includes(key) ? key : label === 'unknown' ? 'unknown' : 'other';
    document.title = label === 'unknown' ? 'Moose facts' : `Moose facts · ${label}`;
  }

  function showVersion(info) {
    showStage(info.stage);
    ui.version.textContent = typeof info.version === 'string' && info.version ? info.version : 'unknown';
    const commit = typeof info.commit === 'string' && info.commit ? info.commit : 'unknown';
    ui.commit.textContent = shorten(commit, 12);
    ui.commit.title = commit;
    const digest = typeof info.image_digest === 'string' ? info.image_digest : '';
    ui.digestRow.hidden = digest === '';
    // sha256: and the first 12 hex digits are enough to tell images apart.
    ui.digest.textContent = shorten(digest, 19);
    ui.digest.title = digest;
  }

  async function loadVersion() {
    try {
      showVersion(await getJson('/version'));
      versionKnown = true;
    } catch {
      showStage(null);
      ui.version.textContent = 'unavailable';
      ui.commit.textContent = 'unavailable';
    }
  }

  function loadFact() {
    if (pending) return pending;
    setBusy(true);
    if (!versionKnown) loadVersion();
    pending = pickFact()
      .then((fact) => {
        showFact(fact);
        clearError();
      })
      .catch((error) => showError(error instanceof ApiError ? error.message : 'something unexpected went wrong'))
      .finally(() => {
        setBusy(false);
        pending = null;
      });
    return pending;
  }

  ui.another.addEventListener('click', loadFact);
  ui.retry.addEventListener('click', loadFact);
  loadFact();
})();
