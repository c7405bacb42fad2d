"""Broken: a hard-coded model ID that Groq has since decommissioned fails every request."""
from groq import Groq

client = Groq()  # reads GROQ_API_KEY

resp = client.chat.completions.create(
    model="mixtral-8x7b-32768",
    messages=[{"role": "user", "content": "Hello"}],
)
print(resp.choices[0].message.content)
