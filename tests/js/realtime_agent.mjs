// A supabase-js Realtime client driven by pytest: JSON commands on stdin, JSON events on stdout.
//
// Env: SUPABASE_URL, SUPABASE_ANON_KEY. Commands (one JSON object per line):
//   {"cmd":"set_auth","token":"..."}
//   {"cmd":"subscribe","name":"c1","topic":"room","changes":[{event,schema,table,filter}],
//    "broadcast":{"self":true,"ack":true},"presence":{"key":"k"}}
//   {"cmd":"send","name":"c1","event":"e","payload":{...}}
//   {"cmd":"track","name":"c1","payload":{...}} / {"cmd":"untrack","name":"c1"}
//   {"cmd":"presence_state","name":"c1"}
//   {"cmd":"unsubscribe","name":"c1"}
//   {"cmd":"reconnect"}   (drops and reopens the socket; channels rejoin)
//   {"cmd":"exit"}
// Every event printed is {"type": ..., ...}; "ready" is printed once at start.
import { createClient } from '@supabase/supabase-js'
import readline from 'node:readline'
import WebSocket from 'ws'

// The user's JWT comes from an `accessToken` callback (supabase-js' third-party auth mode), so
// the client keeps using it across reconnects and heartbeats exactly as with a real session.
let currentToken = null
const supabase = createClient(process.env.SUPABASE_URL, process.env.SUPABASE_ANON_KEY, {
  accessToken: async () => currentToken ?? process.env.SUPABASE_ANON_KEY,
  realtime: { transport: WebSocket, heartbeatIntervalMs: 5000 },
})
const channels = new Map()

function emit(event) {
  process.stdout.write(JSON.stringify(event) + '\n')
}

function subscribe(cmd) {
  const config = {}
  if (cmd.broadcast) config.broadcast = cmd.broadcast
  if (cmd.presence) config.presence = cmd.presence
  const channel = supabase.channel(cmd.topic, { config })
  for (const change of cmd.changes || []) {
    channel.on('postgres_changes', change, (payload) =>
      emit({ type: 'change', name: cmd.name, payload }),
    )
  }
  if (cmd.listen_broadcast) {
    channel.on('broadcast', { event: cmd.listen_broadcast }, (payload) =>
      emit({ type: 'broadcast', name: cmd.name, payload }),
    )
  }
  if (cmd.presence) {
    channel.on('presence', { event: 'sync' }, () =>
      emit({ type: 'presence_sync', name: cmd.name, state: channel.presenceState() }),
    )
    channel.on('presence', { event: 'join' }, ({ key, newPresences }) =>
      emit({ type: 'presence_join', name: cmd.name, key, presences: newPresences }),
    )
    channel.on('presence', { event: 'leave' }, ({ key, leftPresences }) =>
      emit({ type: 'presence_leave', name: cmd.name, key, presences: leftPresences }),
    )
  }
  channel.on('system', {}, (payload) => emit({ type: 'system', name: cmd.name, payload }))
  channels.set(cmd.name, channel)
  channel.subscribe((status, err) =>
    emit({ type: 'status', name: cmd.name, status, error: err ? String(err.message || err) : null }),
  )
}

async function handle(cmd) {
  const channel = channels.get(cmd.name)
  switch (cmd.cmd) {
    case 'set_auth':
      currentToken = cmd.token
      await supabase.realtime.setAuth()
      emit({ type: 'auth_set' })
      break
    case 'subscribe':
      subscribe(cmd)
      break
    case 'send': {
      const result = await channel.send({ type: 'broadcast', event: cmd.event, payload: cmd.payload })
      emit({ type: 'sent', name: cmd.name, result })
      break
    }
    case 'track':
      emit({ type: 'tracked', name: cmd.name, result: await channel.track(cmd.payload) })
      break
    case 'untrack':
      emit({ type: 'untracked', name: cmd.name, result: await channel.untrack() })
      break
    case 'presence_state':
      emit({ type: 'presence_state', name: cmd.name, state: channel.presenceState() })
      break
    case 'unsubscribe':
      emit({ type: 'unsubscribed', name: cmd.name, result: await supabase.removeChannel(channel) })
      break
    case 'reconnect':
      // Simulate a dropped connection: close the raw socket without a clean disconnect.
      supabase.realtime.socketAdapter.socket.conn.close(4000, 'test drop')
      emit({ type: 'dropped' })
      break
    case 'exit':
      await supabase.removeAllChannels()
      process.exit(0)
  }
}

const rl = readline.createInterface({ input: process.stdin })
rl.on('line', (line) => {
  if (!line.trim()) return
  handle(JSON.parse(line)).catch((err) => emit({ type: 'error', message: String(err) }))
})
rl.on('close', () => process.exit(0))
emit({ type: 'ready' })
