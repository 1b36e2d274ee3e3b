/**
 * The Node transport of telegram-forum, on `node:http` / `node:https` with keep-alive: no
 * dependency. `createClient` uses it by default on Node (the package's `node` export
 * condition); import `createNodeFetch` from here to pass an agent of your own.
 * @module
 */
export { createNodeFetch, type NodeFetchOptions } from './fetch.js';
