import httpx


def test_gateway_answers_health_and_refuses_keyless_rest(stack):
    assert httpx.get(f"{stack.url}/health").json() == {"status": "ok"}
    response = httpx.get(f"{stack.url}/rest/v1/anything")
    assert response.status_code == 401
    assert response.json() == {"message": "No API key found in request"}
