// The demo page. Text from the server is always rendered with textContent, never as HTML.
const log = document.getElementById('log');
const form = document.getElementById('chat');
const prompt = document.getElementById('prompt');
const streamBox = document.getElementById('stream');
const sendButton = document.getElementById('send');
const history = [];

// What a user is told for each documented error code; the code and request id are under "Details".
const FRIENDLY = {
  prompt_injection: 'This message looks like an attempt to change the assistant’s instructions, so it was not sent.',
  restricted_topic: 'The assistant is not allowed to discuss this topic.',
  moderation_blocked: 'This message was blocked by content moderation.',
  sensitive_data: 'This message contains personal data that may not be sent.',
  secret_detected: 'This message contains a password or key, so it was not sent.',
  hidden_characters: 'This message contains hidden characters, so it was not sent.',
  message_too_long: 'This message is too long. Please shorten it.',
  request_too_long: 'The conversation has grown too long. Please reload the page to start a new one.',
  too_many_messages: 'The conversation has grown too long. Please reload the page to start a new one.',
  rate_limited: 'You are sending messages too quickly. Please wait a moment.',
  token_budget_exceeded: 'You have used up your message allowance for now. Please try again later.',
  moderation_unavailable: 'The assistant is unavailable right now. Please try again in a moment.',
  upstream_rate_limited: 'The assistant is busy right now. Please try again in a moment.',
};
const FALLBACK = 'Something went wrong, and the message was not answered. Please try again.';

// Placeholders the server puts where it removed a value: [EMAIL], [CREDIT_CARD:1a2b3c4d], <EMAIL_1>, masked runs.
const REDACTED = /\[[A-Z][A-Z0-9_]*(?::[0-9a-f]{8})?\]|<[A-Z][A-Z0-9_]*_\d+>/g;

function add(role, text) {
  const li = document.createElement('li');
  li.className = role;
  li.textContent = text;
  log.appendChild(li);
  return li;
}

/** Shows in the user's bubble what was actually sent to the model, with removed values marked. */
function showSent(bubble, typed, sent) {
  if (typeof sent !== 'string' || sent === typed) return;
  bubble.textContent = '';
  let at = 0;
  for (const match of sent.matchAll(REDACTED)) {
    bubble.append(sent.slice(at, match.index));
    const mark = document.createElement('mark');
    mark.textContent = match[0];
    mark.title = 'removed before sending';
    bubble.append(mark);
    at = match.index + match[0].length;
  }
  bubble.append(sent.slice(at));
  const note = document.createElement('small');
  note.className = 'note';
  note.textContent = 'Some values were removed before sending: this is what the assistant received.';
  bubble.append(note);
}

/** An error a user can act on, with the technical details on demand. */
class ChatError extends Error {
  constructor(error, status) {
    super((error && FRIENDLY[error.code]) || FALLBACK);
    this.code = error && error.code ? error.code : `http_${status}`;
    this.requestId = error && error.requestId;
  }
}

function showError(bubble, err) {
  bubble.className = 'error';
  bubble.textContent = err.message;
  if (err instanceof ChatError) {
    const details = document.createElement('details');
    const summary = document.createElement('summary');
    summary.textContent = 'Details';
    const info = document.createElement('code');
    info.textContent = err.requestId ? `${err.code}, request ${err.requestId}` : err.code;
    details.append(summary, info);
    bubble.append(details);
  }
}

async function sendJson(messages, onSent) {
  const res = await fetch('/api/chat', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ messages }),
  });
  const body = await res.json().catch(() => null);
  if (!res.ok) throw new ChatError(body && body.error, res.status);
  onSent(body.sent);
  return body.reply;
}

async function sendStream(messages, onSent, onDelta) {
  const res = await fetch('/api/chat/stream', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ messages }),
  });
  if (!res.ok) {
    const body = await res.json().catch(() => null);
    throw new ChatError(body && body.error, res.status);
  }
  const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  let text = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += value;
    let cut;
    while ((cut = buffer.indexOf('\n\n')) !== -1) {
      const event = buffer.slice(0, cut);
      buffer = buffer.slice(cut + 2);
      const data = event.split('\n').filter((l) => l.startsWith('data: ')).map((l) => l.slice(6)).join('\n');
      if (data === '') continue;
      if (data === '[DONE]') return text;
      const parsed = JSON.parse(data);
      if (parsed.error) throw new ChatError(parsed.error, 502);
      if (typeof parsed.sent === 'string') onSent(parsed.sent);
      if (typeof parsed.delta === 'string') {
        text += parsed.delta;
        onDelta(text);
      }
    }
  }
  return text;
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const text = prompt.value.trim();
  // One exchange at a time: an overlapping one would interleave `history` and pop the wrong turn on error.
  if (!text || sendButton.disabled) return;
  sendButton.disabled = true;
  prompt.value = '';
  const userBubble = add('user', text);
  history.push({ role: 'user', content: text });
  const bubble = add('assistant', '…');
  const onSent = (sent) => showSent(userBubble, text, sent);
  try {
    const reply = streamBox.checked
      ? await sendStream(history, onSent, (soFar) => { bubble.textContent = soFar; })
      : await sendJson(history, onSent);
    bubble.textContent = reply;
    history.push({ role: 'assistant', content: reply });
  } catch (err) {
    history.pop();
    showError(bubble, err);
  } finally {
    sendButton.disabled = false;
  }
});

// Say so when the offline test model answers instead of Mistral.
fetch('/api/info')
  .then((res) => (res.ok ? res.json() : null))
  .then((info) => {
    if (info && info.offline) document.getElementById('offline').hidden = false;
  })
  .catch(() => {});
