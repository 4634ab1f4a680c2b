#!/usr/bin/env python3
"""Writes the seed corpora in corpus/<target>/ from the demo seed, the JSON fixtures and the
recorded Auth0 exchanges (a copy of what is needed lives in recordings/). Run it again after
either changes; the fuzzers add what they find to the corpus folders they are given."""
import hashlib
import json
import os
import re
import struct

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.normpath(os.path.join(here, '..', '..'))
corpus = os.path.join(here, 'corpus')


def write(target, data):
    if isinstance(data, str):
        data = data.encode('utf-8')
    folder = os.path.join(corpus, target)
    os.makedirs(folder, exist_ok=True)
    name = hashlib.sha1(data).hexdigest()
    with open(os.path.join(folder, name), 'wb') as f:
        f.write(data)


seed = json.load(open(os.path.join(root, 'faketenant', 'demo-tenant.json'), encoding='utf-8'))
recordings = [json.load(open(os.path.join(here, 'recordings', name), encoding='utf-8'))
              for name in sorted(os.listdir(os.path.join(here, 'recordings')))]
exchanges = [exchange for recording in recordings for exchange in recording]

# Users: the demo seed, and every user a recorded answer holds.
for user in seed['users']:
    write('fuzz_user_json', json.dumps(user))
for exchange in exchanges:
    body = exchange.get('response', {}).get('body')
    candidates = body if isinstance(body, list) else (body.get('users', [body])
                                                      if isinstance(body, dict) else [])
    for user in candidates:
        if isinstance(user, dict) and 'user_id' in user:
            write('fuzz_user_json', json.dumps(user))

# Tokens: every made-up token of the seed, and a few shapes.
for user in seed['users']:
    for identity in user.get('identities', []):
        for key in ('access_token', 'refresh_token', 'access_token_secret'):
            if key in identity:
                write('fuzz_token', identity[key])
for token in ('ya29.a0DEMO', 'gho_DEMO', 'eyJhbGciOiJub25lIn0.eyJleHAiOjF9.', 'a.b.c', ''):
    write('fuzz_token', token)

# Search box text, after two bytes for the page and page size.
for text in ('google-oauth2|108234567890123456789', 'jordan.lee@example.com',
             'identities.connection:"github"', 'email.domain:"example.net" AND logins_count:[10 TO *]',
             'name:j*', 'user_id:"github|5823109"', 'auth0|does-not-exist', ' ', 'a|b OR c',
             'acme.eu.auth0.com', 'https://acme.eu.auth0.com/api/v2/', '127.0.0.1:8443'):
    write('fuzz_search_request', bytes([0, 49]) + text.encode('utf-8'))
    write('fuzz_search_request', bytes([9, 99]) + text.encode('utf-8'))

# Error answers: every recorded error body with its status.
for exchange in exchanges:
    response = exchange.get('response', {})
    status = response.get('status', 0)
    if status >= 400 and isinstance(response.get('body'), (dict, list)):
        write('fuzz_error_body', struct.pack('<H', status - 400) + json.dumps(response['body']).encode())

# Lucene: the queries the tests and the README use.
queries = set()
for path in ('tests/faketenant/faketenant_test.cpp', 'README.md'):
    text = open(os.path.join(root, path), encoding='utf-8').read()
    for match in re.finditer(r'(?:q=|u")([^"\n]*:[^"\n]*)"', text):
        queries.add(match.group(1).replace('\\"', '"'))
for query in sorted(queries) + ['_exists_:app_metadata.plan', 'name:(jordan OR kenji)',
                                '-blocked:true', 'last_login:[2024-01-01 TO *]',
                                'user_metadata.team:"blue"', '(a AND (b OR c)) NOT d']:
    write('fuzz_lucene', query)

# HTTP requests as clients send them.
for request in (
        b'GET /api/v2/users?q=name%3Aj*&search_engine=v3 HTTP/1.1\r\nHost: 127.0.0.1:1\r\n'
        b'Authorization: Bearer x\r\n\r\n',
        b'POST /oauth/token HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n'
        b'Content-Length: 27\r\n\r\n{"grant_type":"client_cre"}',
        b'POST /oauth/token HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n',
        b'GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\nGET /x HTTP/1.1\r\n\r\n',
        b'GET /.well-known/jwks.json HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab'):
    write('fuzz_http_request', request)
