"""Fixed: stop_reason is checked before the answer is used. An answer cut off by max_tokens is
requested again with more room, up to a cap; past the cap the task must be split."""
import json
import sys

import anthropic

client = anthropic.Anthropic()
CAP = 16384  # the most this application allows per answer (the model's own limit may be higher)


def summarise(max_tokens: int = 1024) -> dict:
    msg = client.messages.create(
        model="claude-sonnet-4-6",
        max_tokens=max_tokens,
        messages=[{"role": "user", "content": "Summarise this quarterly report as JSON: {title, sections[]} ..."}],
    )
    if msg.stop_reason == "max_tokens":
        if max_tokens >= CAP:
            raise RuntimeError(f"Still cut off at max_tokens={max_tokens}: split the task.")
        next_limit = min(max_tokens * 4, CAP)
        print(
            f"Answer cut off at max_tokens={max_tokens} (stop_reason: max_tokens); sending again with {next_limit}.",
            file=sys.stderr,
        )
        return summarise(next_limit)
    return json.loads("".join(b.text for b in msg.content if b.type == "text"))


report = summarise()
print(f"{report['title']}: {len(report['sections'])} section(s)")
