"""Broken: automatic retries turned off, and the retry test looks at `code`,
which is None on a 500. The branch never runs; the first hiccup is fatal."""
import time

import openai
from openai import OpenAI

client = OpenAI(max_retries=0)


def ask(prompt: str) -> str:
    for attempt in range(1, 4):
        try:
            resp = client.chat.completions.create(
                model="gpt-4o-mini",
                messages=[{"role": "user", "content": prompt}],
            )
            return resp.choices[0].message.content or ""
        except openai.APIStatusError as e:
            if e.code == "server_error":  # never true: the API sends "code": null
                time.sleep(attempt)
                continue
            raise
    raise RuntimeError("gave up")


if __name__ == "__main__":
    print(ask("Hello"))
