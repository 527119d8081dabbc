"""The workspace: the front office where people act for their organisations
(`/<lang>/workspace/`), and organisations' public profiles. It composes the
apps (organisations, their listings), so it sits in the site layer with the
settings and the demo: it may import every app, and no app imports it."""
