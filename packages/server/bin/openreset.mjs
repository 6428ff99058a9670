#!/usr/bin/env node
// `openreset`: the server and command line of @openreset/server (run `openreset help`).
import process from 'node:process';
import { main } from '../dist/cli.js';

process.exitCode = await main(process.argv.slice(2));
