/**
 * `<audio>`: a host audio back-end that sound cards and graphics play through.
 * @module
 */
import { child, codec, defineElement, prop } from '../../core/index.js'

/** The settings an audio `<input>` and `<output>` share. */
const audioStream = {
  /** Use QEMU's mixing engine. */
  mixingEngine: prop('@mixingEngine', codec.yesNo),
  /** Use fixed settings. */
  fixedSettings: prop('@fixedSettings', codec.yesNo),
  /** Number of voices. */
  voices: prop('@voices', codec.uint),
  /** Buffer length in microseconds. */
  bufferLength: prop('@bufferLength', codec.uint),
  /** Device (alsa, oss). */
  dev: prop('@dev', codec.string),
  /** Buffer count (coreaudio, oss, sdl). */
  bufferCount: prop('@bufferCount', codec.uint),
  /** Poll mode (oss). */
  tryPoll: prop('@tryPoll', codec.yesNo),
  /** JACK server name. */
  serverName: prop('@serverName', codec.string),
  /** JACK client name. */
  clientName: prop('@clientName', codec.string),
  /** JACK ports to connect. */
  connectPorts: prop('@connectPorts', codec.string),
  /** Use the exact JACK client name. */
  exactName: prop('@exactName', codec.yesNo),
  /** PulseAudio/PipeWire sink or source name. */
  name: prop('@name', codec.string),
  /** PulseAudio/PipeWire stream name. */
  streamName: prop('@streamName', codec.string),
  /** Latency in microseconds (PulseAudio/PipeWire). */
  latency: prop('@latency', codec.uint),
  /** Fixed sample rate. */
  settingsFrequency: prop('settings/@frequency', codec.uint),
  /** Fixed channel count. */
  settingsChannels: prop('settings/@channels', codec.uint),
  /** Fixed sample format. */
  settingsFormat: prop('settings/@format', codec.enum('s8', 'u8', 's16', 'u16', 's32', 'u32', 'f32')),
} as const

/** Audio `<input>` settings. */
export class DomainAudioInput extends defineElement('input', audioStream) {}
/** Audio `<output>` settings. */
export class DomainAudioOutput extends defineElement('output', audioStream) {}

/** `<audio>`: a host audio back-end. */
export class DomainAudio extends defineElement('audio', {
  /** Identifier other devices refer to. */
  id: prop('@id', codec.uint),
  /** Back-end type. */
  type: prop('@type', codec.enum('none', 'alsa', 'coreaudio', 'dbus', 'jack', 'oss', 'pulseaudio', 'sdl', 'spice', 'file', 'pipewire')),
  /** Timer period in microseconds. */
  timerPeriod: prop('@timerPeriod', codec.uint),
  /** OSS: try mmap. */
  tryMMap: prop('@tryMMap', codec.yesNo),
  /** OSS: exclusive access. */
  exclusive: prop('@exclusive', codec.yesNo),
  /** OSS: DSP policy. */
  dspPolicy: prop('@dspPolicy', codec.int),
  /** PulseAudio/PipeWire runtime directory. */
  runtimeDir: prop('@runtimeDir', codec.string),
  /** PulseAudio server. */
  serverName: prop('@serverName', codec.string),
  /** SDL driver. */
  driver: prop('@driver', codec.enum('esd', 'alsa', 'arts', 'pulseaudio')),
  /** File back-end path. */
  path: prop('@path', codec.string),
  /** Recording settings. */
  input: child('input', DomainAudioInput),
  /** Playback settings. */
  output: child('output', DomainAudioOutput),
}, { order: ['input', 'output'] }) {}
