"""Fixed: one client per deployment; OperationNotSupported reported as a configuration error."""
import sys

from openai import AzureOpenAI, BadRequestError

embedder = AzureOpenAI(azure_deployment="text-embedding-3-large")
chat = AzureOpenAI(azure_deployment="gpt-4o-mini")

try:
    vector = embedder.embeddings.create(model="text-embedding-3-large", input="refund policy")
    print(f"Embedded the query ({len(vector.data[0].embedding)} dimensions).")
    resp = chat.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": "Summarise our refund policy."}],
    )
    print(resp.choices[0].message.content)
except BadRequestError as e:
    if e.code != "OperationNotSupported":
        raise
    print(f"Wrong deployment for this call: {e.message}", file=sys.stderr)
    sys.exit(2)
