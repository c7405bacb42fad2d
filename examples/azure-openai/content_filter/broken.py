"""Broken: a filtered prompt is treated as an outage; a filtered completion is saved as complete."""
import time

import openai
from openai import AzureOpenAI

# Reads AZURE_OPENAI_ENDPOINT, AZURE_OPENAI_API_KEY and OPENAI_API_VERSION.
client = AzureOpenAI(azure_deployment="gpt-4o-mini")


def write(prompt: str) -> str:
    for attempt in range(3):
        try:
            stream = client.chat.completions.create(
                model="gpt-4o-mini",
                messages=[{"role": "user", "content": prompt}],
                stream=True,
            )
            text = ""
            for chunk in stream:
                # IndexError on Azure: the first chunk has an empty choices list
                # (it carries prompt_filter_results only).
                text += chunk.choices[0].delta.content or ""
            # finish_reason is never read: a completion cut off by the filter looks complete.
            return text
        except openai.APIError:
            # A filtered prompt is a 400 with code "content_filter": it fails the same way
            # on every retry, so this loop only sends the same prompt three times.
            time.sleep(2**attempt)
    raise RuntimeError("Azure OpenAI is unavailable, please try again later.")


if __name__ == "__main__":
    print(write("Continue the battle at the river ford."))
