#!/usr/bin/env node
// `npm run dev-server`: the task pane on https://localhost:3000 (development build, served from
// memory, reloads on change). Runs in the foreground; `npm start` runs it in the background.
import webpack from 'webpack';
import WebpackDevServer from 'webpack-dev-server';
import config from '../webpack.config.js';
import { getHttpsOptions, trustHelp } from './certs.js';

const certs = await getHttpsOptions();
const webpackConfig = await config({}, { mode: 'development' });
const devServerOptions = {
  ...webpackConfig.devServer,
  server: { type: 'https', options: certs ? { key: certs.key, cert: certs.cert, ca: certs.ca } : undefined },
};

const server = new WebpackDevServer(devServerOptions, webpack(webpackConfig));
try {
  await server.start();
} catch (error) {
  const inUse = error && typeof error === 'object' && 'code' in error && error.code === 'EADDRINUSE';
  console.error(
    inUse
      ? `Port ${devServerOptions.port} is already in use: is a dev server running already? Stop it with \`npm stop\`.`
      : `The dev server could not start: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
}

const base = `https://localhost:${devServerOptions.port}/`;
console.log(`\nKvot dev server: ${base}taskpane.html (manifest: ${base}manifest.xml)`);
if (!certs?.trusted)
  console.log(
    `\n${certs ? trustHelp(certs.caPath) : "The certificate is webpack-dev-server's own and is not trusted: open the URL above and accept it in the browser."}\n`,
  );

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    server.stop().finally(() => process.exit(0));
  });
}
