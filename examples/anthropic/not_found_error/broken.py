"""Broken: a model id copied from an old snippet, hard-coded, with no handling. When
the id is wrong or retired, the feature dies with an unhandled 404."""
import anthropic

client = anthropic.Anthropic()


def summarise(text: str) -> str:
    msg = client.messages.create(
        model="claude-3-5-sonnet-latest",
        max_tokens=512,
        messages=[{"role": "user", "content": f"Summarise this support ticket: {text}"}],
    )
    return "".join(b.text for b in msg.content if b.type == "text")


print(summarise("..."))
