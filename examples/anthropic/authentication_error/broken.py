"""Broken: every failure becomes a friendly fallback, so a rejected API key goes unnoticed."""
import anthropic

client = anthropic.Anthropic()


def reply(question: str) -> str:
    try:
        msg = client.messages.create(
            model="claude-sonnet-4-6",
            max_tokens=512,
            messages=[{"role": "user", "content": question}],
        )
        return "".join(b.text for b in msg.content if b.type == "text")
    except Exception:
        # A 401 is not a passing glitch: every request with this key fails the same way,
        # and nothing here tells anyone.
        return "Sorry, the assistant is unavailable right now."


print(reply("What are your opening hours?"))
