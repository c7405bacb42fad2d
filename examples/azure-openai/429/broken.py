"""Broken: SDK retries off, replaced by a fixed short wait that ignores Retry-After."""
import time

import openai
from openai import AzureOpenAI

client = AzureOpenAI(azure_deployment="gpt-4o-mini", max_retries=0)


def summarise(ticket: str) -> str:
    for attempt in range(1, 4):
        try:
            resp = client.chat.completions.create(
                model="gpt-4o-mini",
                messages=[{"role": "user", "content": f"Summarise this ticket: {ticket}"}],
            )
            return resp.choices[0].message.content or ""
        except openai.RateLimitError:
            # Too soon for a per-minute limit, and pointless for "retry after 86400 seconds".
            print(f"Azure OpenAI is busy (attempt {attempt}), retrying in 250 ms.")
            time.sleep(0.25)
    raise RuntimeError("gave up")


if __name__ == "__main__":
    print(summarise("..."))
