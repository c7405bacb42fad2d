"""Broken: a tight retry loop that resends at once, as often as it takes."""
import openai
from openai import OpenAI

client = OpenAI()


def ask(prompt: str) -> str:
    while True:
        try:
            resp = client.chat.completions.create(
                model="gpt-4o-mini",
                messages=[{"role": "user", "content": prompt}],
            )
            return resp.choices[0].message.content or ""
        except openai.RateLimitError:
            # No wait, no limit: every resend counts against the same per-minute
            # budget, and an insufficient_quota error (also a 429) loops forever.
            continue


if __name__ == "__main__":
    print(ask("Summarise this report: ..."))
