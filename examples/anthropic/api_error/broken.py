"""Broken: retries are switched off to "fail fast", so one passing 500 on Anthropic's
side turns straight into an error for the user."""
import anthropic

client = anthropic.Anthropic(max_retries=0)


def answer(question: str) -> str:
    msg = client.messages.create(
        model="claude-sonnet-4-6",
        max_tokens=512,
        messages=[{"role": "user", "content": question}],
    )
    return "".join(b.text for b in msg.content if b.type == "text")


# The 500 propagates unhandled: the support chat shows an error page.
print(answer("Where is my order #4521?"))
