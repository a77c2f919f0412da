"""Local fakes of internet services, speaking their real APIs on 127.0.0.1."""
