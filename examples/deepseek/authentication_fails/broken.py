"""Broken: pointed at DeepSeek without DeepSeek's key; the SDK falls back to OPENAI_API_KEY."""
import os

from openai import OpenAI

# No api_key: the openai package reads OPENAI_API_KEY, which is not a DeepSeek key.
client = OpenAI(base_url=os.environ.get("DEEPSEEK_BASE_URL", "https://api.deepseek.com"))

resp = client.chat.completions.create(
    model="deepseek-flash",
    messages=[{"role": "user", "content": "Hello"}],
)
print(resp.choices[0].message.content)
