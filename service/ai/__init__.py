"""AI replies: prompts, compliance guardrails, cache, circuit breaker and the responder."""
