"""Broken: assumes the SDK retries server errors; one transient 500 INTERNAL ends the batch."""
from google import genai

# google-genai sends each request once unless HttpOptions(retry_options=...) is set, so a
# ServerError: 500 INTERNAL propagates straight out of generate_content() and the loop, and
# the summaries already made are lost.
client = genai.Client()

TICKETS = [
    "I cannot log in since the last update.",
    "The invoice for March shows the wrong amount.",
    "How do I export my data to CSV?",
]

summaries = []
for ticket in TICKETS:
    response = client.models.generate_content(
        model="gemini-2.5-flash",
        contents=f"Summarise this support ticket in one line:\n{ticket}",
    )
    summaries.append(response.text)

for i, summary in enumerate(summaries, start=1):
    print(f"#{i}: {summary}")
