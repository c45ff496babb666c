/** Media handling: find and run ffmpeg, probe files, extract speech audio, split long recordings. */
export * from './errors.js';
export * from './ffmpeg.js';
export * from './probe.js';
export * from './extract-audio.js';
export * from './split.js';
