"""Broken: the whole conversation is sent on every turn. Once it outgrows the context window,
every request fails with the same 400, and the session is stuck."""
import anthropic

client = anthropic.Anthropic()

history: list[dict] = []
for turn in range(1, 41):
    history.append({"role": "user", "content": f"Turn {turn}: here is the next chunk of the incident log: ..."})
    history.append({"role": "assistant", "content": f"Noted chunk {turn}."})
history.append({"role": "user", "content": "Turn 41: what caused the outage?"})

msg = client.messages.create(model="claude-sonnet-4-6", max_tokens=1024, messages=history)
print("".join(b.text for b in msg.content if b.type == "text"))
