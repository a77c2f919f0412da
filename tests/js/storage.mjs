// Exercises devstack Storage with the official, unmodified supabase-js (storage-js).
// Driven by tests/integration/devstack/test_storage_js.py; reads SUPABASE_URL,
// SUPABASE_SERVICE_ROLE_KEY, SUPABASE_ANON_KEY, PRIVATE_BUCKET, PUBLIC_BUCKET, ALICE_ID,
// ALICE_TOKEN, BOB_TOKEN from the environment and prints one JSON object of observations.
import { createClient } from '@supabase/supabase-js'
import WebSocket from 'ws'

const env = process.env
const url = env.SUPABASE_URL
const options = { realtime: { transport: WebSocket }, auth: { persistSession: false } }
const asUser = (token) =>
  createClient(url, env.SUPABASE_ANON_KEY, {
    ...options,
    global: { headers: { Authorization: `Bearer ${token}` } },
  })

const service = createClient(url, env.SUPABASE_SERVICE_ROLE_KEY, options)
const out = {}
const err = (error) => (error ? { status: error.status, statusCode: error.statusCode, message: error.message } : null)

// Buckets.
const privateBucket = env.PRIVATE_BUCKET
const publicBucket = env.PUBLIC_BUCKET
out.createPrivate = await service.storage.createBucket(privateBucket, {
  public: false,
  fileSizeLimit: 1024,
  allowedMimeTypes: ['text/*', 'image/png'],
})
out.createPublic = await service.storage.createBucket(publicBucket, { public: true })
const bucket = await service.storage.getBucket(privateBucket)
out.getBucket = { data: bucket.data, error: err(bucket.error) }
const listed = await service.storage.listBuckets()
out.listedBucketIds = (listed.data ?? []).map((b) => b.id)
out.updateBucket = await service.storage.updateBucket(publicBucket, { public: true, fileSizeLimit: 2048 })

// Upload as a Blob (multipart) and as a Buffer (raw body).
const files = service.storage.from(privateBucket)
const blob = await files.upload('docs/blob.txt', new Blob(['from a blob'], { type: 'text/plain' }))
out.uploadBlob = { data: blob.data, error: err(blob.error) }
const raw = await files.upload('docs/raw.txt', Buffer.from('from a buffer'), { contentType: 'text/plain', cacheControl: '60' })
out.uploadRaw = { data: raw.data, error: err(raw.error) }
const duplicate = await files.upload('docs/raw.txt', Buffer.from('again'), { contentType: 'text/plain' })
out.uploadDuplicate = err(duplicate.error)
const upserted = await files.upload('docs/raw.txt', Buffer.from('upserted buffer'), { contentType: 'text/plain', upsert: true })
out.upsert = err(upserted.error)

const downloaded = await files.download('docs/raw.txt')
out.downloadRaw = downloaded.data ? await downloaded.data.text() : err(downloaded.error)
const downloadedBlob = await files.download('docs/blob.txt')
out.downloadBlob = downloadedBlob.data ? await downloadedBlob.data.text() : err(downloadedBlob.error)
const info = await files.info('docs/raw.txt')
out.info = { data: info.data, error: err(info.error) }
out.exists = (await files.exists('docs/raw.txt')).data
out.existsMissing = (await files.exists('docs/missing.txt')).data
const list = await files.list('docs', { sortBy: { column: 'name', order: 'desc' } })
out.list = (list.data ?? []).map((entry) => entry.name)
const root = await files.list()
out.root = (root.data ?? []).map((entry) => ({ name: entry.name, isFolder: entry.id === null }))

// Refusals.
const tooBig = await files.upload('big.txt', Buffer.alloc(2048, 120), { contentType: 'text/plain' })
out.tooBig = err(tooBig.error)
const badMime = await files.upload('doc.pdf', Buffer.from('%PDF'), { contentType: 'application/pdf' })
out.badMime = err(badMime.error)

// Move, copy, signed URLs, signed upload URLs.
out.copy = (await files.copy('docs/raw.txt', 'copies/raw.txt')).data
out.move = (await files.move('docs/blob.txt', 'moved/blob.txt')).data
const movedBack = await files.download('moved/blob.txt')
out.downloadMoved = movedBack.data ? await movedBack.data.text() : err(movedBack.error)
const signed = await files.createSignedUrl('copies/raw.txt', 60)
out.signedFetch = signed.data ? await (await fetch(signed.data.signedUrl)).text() : err(signed.error)
const signedMany = await files.createSignedUrls(['copies/raw.txt', 'missing.txt'], 60)
out.signedMany = (signedMany.data ?? []).map((entry) => ({ path: entry.path, ok: entry.signedUrl !== null, error: entry.error }))
const badToken = await fetch(`${url}/storage/v1/object/sign/${privateBucket}/copies/raw.txt?token=not.a.jwt`)
out.badToken = { status: badToken.status, body: await badToken.json() }
const uploadUrl = await files.createSignedUploadUrl('signed/upload.txt')
const signedUpload = await files.uploadToSignedUrl('signed/upload.txt', uploadUrl.data.token, Buffer.from('signed upload'), { contentType: 'text/plain' })
out.signedUpload = { data: signedUpload.data, error: err(signedUpload.error) }
const signedDownloaded = await files.download('signed/upload.txt')
out.signedUploadContent = signedDownloaded.data ? await signedDownloaded.data.text() : null

// Public bucket: the public URL needs no credentials at all.
const publicFiles = service.storage.from(publicBucket)
await publicFiles.upload('logo.png', Buffer.from('png-bytes'), { contentType: 'image/png' })
const publicUrl = publicFiles.getPublicUrl('logo.png').data.publicUrl
const publicResponse = await fetch(publicUrl)
out.publicFetch = { status: publicResponse.status, type: publicResponse.headers.get('content-type'), body: await publicResponse.text() }
const privatePublicUrl = files.getPublicUrl('copies/raw.txt').data.publicUrl
const privatePublic = await fetch(privatePublicUrl)
out.privatePublicFetch = { status: privatePublic.status, body: await privatePublic.json() }

// Users: Alice owns `<alice>/...`; Bob may not read or overwrite it.
const alice = asUser(env.ALICE_TOKEN).storage.from(privateBucket)
const bob = asUser(env.BOB_TOKEN).storage.from(privateBucket)
const aliceUpload = await alice.upload(`${env.ALICE_ID}/note.txt`, Buffer.from('alice only'), { contentType: 'text/plain' })
out.aliceUpload = err(aliceUpload.error)
const aliceRead = await alice.download(`${env.ALICE_ID}/note.txt`)
out.aliceRead = aliceRead.data ? await aliceRead.data.text() : err(aliceRead.error)
const bobRead = await bob.download(`${env.ALICE_ID}/note.txt`)
out.bobRead = bobRead.data ? await bobRead.data.text() : err(bobRead.error)
const bobList = await bob.list(env.ALICE_ID)
out.bobList = bobList.data
const bobWrite = await bob.upload(`${env.ALICE_ID}/note.txt`, Buffer.from('bob'), { contentType: 'text/plain', upsert: true })
out.bobWrite = err(bobWrite.error)
const bobRemove = await bob.remove([`${env.ALICE_ID}/note.txt`])
out.bobRemove = bobRemove.data

// Clean-up through the API.
out.remove = ((await files.remove(['docs/raw.txt', 'copies/raw.txt'])).data ?? []).map((row) => row.name).sort()
out.empty = await service.storage.emptyBucket(publicBucket)
out.deletePublic = await service.storage.deleteBucket(publicBucket)

console.log(JSON.stringify(out))
