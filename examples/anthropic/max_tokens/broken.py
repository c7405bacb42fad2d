"""Broken: the answer is used without looking at stop_reason. When it hit max_tokens, the text
stops mid-JSON, and the failure shows up later as a parse error far from its cause."""
import json

import anthropic

client = anthropic.Anthropic()

msg = client.messages.create(
    model="claude-sonnet-4-6",
    max_tokens=1024,
    messages=[{"role": "user", "content": "Summarise this quarterly report as JSON: {title, sections[]} ..."}],
)
text = "".join(b.text for b in msg.content if b.type == "text")
report = json.loads(text)  # json.JSONDecodeError when the answer was cut off
print(f"{report['title']}: {len(report['sections'])} section(s)")
