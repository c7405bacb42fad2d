"""Broken: one client bound to the embedding deployment is used for chat as well."""
from openai import AzureOpenAI

# azure_deployment puts /deployments/text-embedding-3-large into the base URL of every call.
client = AzureOpenAI(azure_deployment="text-embedding-3-large")

vector = client.embeddings.create(model="text-embedding-3-large", input="refund policy")
print(f"Embedded the query ({len(vector.data[0].embedding)} dimensions).")

# openai.BadRequestError: Error code: 400 - {'error': {'code': 'OperationNotSupported', ...
resp = client.chat.completions.create(
    model="gpt-4o-mini",  # ignored for the URL: the client's deployment wins
    messages=[{"role": "user", "content": "Summarise our refund policy."}],
)
print(resp.choices[0].message.content)
