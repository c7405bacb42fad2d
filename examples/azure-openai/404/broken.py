"""Broken: the resource endpoint passed as base_url, and every 404 blamed on the deployment."""
import os
import sys

import openai
from openai import AzureOpenAI

client = AzureOpenAI(
    # https://<resource>.openai.azure.com as base_url: the SDK then calls
    # <endpoint>/deployments/gpt-4o-mini/chat/completions, without the /openai segment.
    base_url=os.environ["AZURE_OPENAI_ENDPOINT"],
)

try:
    resp = client.chat.completions.create(
        model="gpt-4o-mini", messages=[{"role": "user", "content": "Hello"}]
    )
    print(resp.choices[0].message.content)
except openai.NotFoundError:
    print("Deployment gpt-4o-mini does not exist: create it in the Azure AI Foundry portal.")
    sys.exit(1)
