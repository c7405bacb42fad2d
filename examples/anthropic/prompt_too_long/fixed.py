"""Fixed: when the prompt is too long, the oldest turns are dropped until the prompt fits the
limit the error states (with a margin), and the request is sent once more."""
import json
import re
import sys

import anthropic

client = anthropic.Anthropic()

history: list[dict] = []
for turn in range(1, 41):
    history.append({"role": "user", "content": f"Turn {turn}: here is the next chunk of the incident log: ..."})
    history.append({"role": "assistant", "content": f"Noted chunk {turn}."})
history.append({"role": "user", "content": "Turn 41: what caused the outage?"})

TOO_LONG = re.compile(r"prompt is too long: (\d+) tokens > (\d+) maximum", re.IGNORECASE)


def trim_to_fit(messages: list[dict], tokens: int, limit: int) -> list[dict]:
    """Drops the oldest messages, estimating each one's share of the tokens by its length."""
    sizes = [len(json.dumps(m["content"])) for m in messages]
    total = sum(sizes)
    estimate, start = float(tokens), 0
    while estimate > limit * 0.9 and start < len(messages) - 1:
        estimate -= tokens * sizes[start] / total
        start += 1
    while start < len(messages) - 1 and messages[start]["role"] != "user":
        start += 1  # start on a user turn
    return messages[start:]


def ask(messages: list[dict], retried: bool = False) -> anthropic.types.Message:
    try:
        return client.messages.create(model="claude-sonnet-4-6", max_tokens=1024, messages=messages)
    except anthropic.BadRequestError as e:
        error = e.body.get("error", {}) if isinstance(e.body, dict) else {}
        too_long = TOO_LONG.search(error.get("message", ""))
        if too_long is None or retried:
            raise
        tokens, limit = int(too_long[1]), int(too_long[2])
        kept = trim_to_fit(messages, tokens, limit)
        print(
            f"Prompt is {tokens} tokens, limit {limit}: "
            f"dropped the {len(messages) - len(kept)} oldest messages and sent again.",
            file=sys.stderr,
        )
        return ask(kept, retried=True)


msg = ask(history)
print("".join(b.text for b in msg.content if b.type == "text"))
