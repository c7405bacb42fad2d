"""Broken: streams a model that OpenAI lets only verified organizations stream."""
from openai import OpenAI

client = OpenAI()

stream = client.chat.completions.create(
    model="o3",
    stream=True,  # 400 for an unverified organization: "must be verified to stream this model"
    messages=[{"role": "user", "content": "Find the bug in this loop: for (i = 0; i <= n; i++) sum += a[i];"}],
)
for chunk in stream:
    if chunk.choices:
        print(chunk.choices[0].delta.content or "", end="")
