"""Broken: the OpenAI key is reused for Azure and every failure is retried as an outage."""
import os
import time

import openai
from openai import AzureOpenAI

client = AzureOpenAI(
    api_key=os.environ.get("OPENAI_API_KEY"),  # an OpenAI key (sk-...) is not an Azure key
    azure_deployment="gpt-4o-mini",
    max_retries=0,
)


def ask(prompt: str) -> str:
    for attempt in range(1, 4):
        try:
            resp = client.chat.completions.create(
                model="gpt-4o-mini", messages=[{"role": "user", "content": prompt}]
            )
            return resp.choices[0].message.content or ""
        except openai.APIError:
            print(f"Attempt {attempt} failed, Azure OpenAI seems to be down.")
            time.sleep(0.2 * attempt)
    raise RuntimeError("gave up")


if __name__ == "__main__":
    print(ask("Hello"))
