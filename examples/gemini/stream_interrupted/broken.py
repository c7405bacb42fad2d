"""Broken: a stream read with no handling; a cut connection loses the partial answer."""
from google import genai

client = genai.Client()

text = ""
# A connection closed mid-stream raises httpx.RemoteProtocolError here (with aiohttp in
# the async client: aiohttp.ClientPayloadError). It is not a google.genai error, and
# retry_options does not cover a stream that has already started.
for chunk in client.models.generate_content_stream(
    model="gemini-2.5-flash", contents="How do I migrate the database?"
):
    text += chunk.text or ""
print(text)
