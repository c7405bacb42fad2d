"""Broken: a latency budget as the client timeout, with the default retries still on."""
import anthropic

client = anthropic.Anthropic(timeout=1.0)  # autocomplete must answer within 1 s

# Each of the 3 attempts waits the full second; then anthropic.APITimeoutError escapes.
msg = client.messages.create(
    model="claude-haiku-4-5",
    max_tokens=64,
    messages=[{"role": "user", "content": "Complete: session = auth.login(user)"}],
)
print("".join(b.text for b in msg.content if b.type == "text"))
