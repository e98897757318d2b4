// The demo page. Model text is always rendered with textContent, never as HTML.
const log = document.getElementById('log');
const form = document.getElementById('chat');
const prompt = document.getElementById('prompt');
const streamBox = document.getElementById('stream');
const sendButton = document.getElementById('send');
const history = [];

function add(role, text) {
  const li = document.createElement('li');
  li.className = role;
  li.textContent = text;
  log.appendChild(li);
  return li;
}

function describeError(body, status) {
  const e = body && body.error;
  return e ? `${e.message} (${e.code}, request ${e.requestId})` : `Request failed with status ${status}`;
}

async function sendJson(messages) {
  const res = await fetch('/api/chat', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ messages }),
  });
  const body = await res.json().catch(() => null);
  if (!res.ok) throw new Error(describeError(body, res.status));
  return body.reply;
}

async function sendStream(messages, onDelta) {
  const res = await fetch('/api/chat/stream', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ messages }),
  });
  if (!res.ok) throw new Error(describeError(await res.json().catch(() => null), res.status));
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
      if (data === '[DONE]') return text;
      const parsed = JSON.parse(data);
      if (parsed.error) throw new Error(describeError(parsed, 502));
      text += parsed.delta;
      onDelta(text);
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
  add('user', text);
  history.push({ role: 'user', content: text });
  const bubble = add('assistant', '…');
  try {
    const reply = streamBox.checked
      ? await sendStream(history, (soFar) => { bubble.textContent = soFar; })
      : await sendJson(history);
    bubble.textContent = reply;
    history.push({ role: 'assistant', content: reply });
  } catch (err) {
    history.pop();
    bubble.className = 'error';
    bubble.textContent = err.message;
  } finally {
    sendButton.disabled = false;
  }
});
