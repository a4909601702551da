// Builds the plugin and the standalone webadmin host with esbuild.
//   target/ui-plugins/            what ships into a real oVirt: osn.json + osn-resources/ (its resourcePath)
//   target/classes/META-INF/resources/webadmin/
//                                 the standalone host, the descriptors it reads (ui-plugins/plugin-definitions.json)
//                                 and each plugin's resourcePath served at plugin/<name>/, as oVirt serves it
import { build } from 'esbuild';
import { cp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseDescriptor } from './scripts/descriptor.mjs';

const here = path.dirname(new URL(import.meta.url).pathname);
const target = path.join(here, 'target');
const ship = path.join(target, 'ui-plugins');
const webadmin = path.join(target, 'classes', 'META-INF', 'resources', 'webadmin');

const common = {
  bundle: true, minify: true, sourcemap: false, format: 'esm', target: ['chrome100', 'firefox100', 'safari15'],
  loader: { '.woff2': 'file', '.woff': 'file', '.ttf': 'file', '.svg': 'file', '.png': 'file', '.jpg': 'file' },
  assetNames: 'assets/[name]-[hash]', logLevel: 'warning', legalComments: 'none',
};

async function buildPlugin() {
  const descriptorFile = path.join(here, 'plugin', 'osn.json');
  const descriptor = parseDescriptor(await readFile(descriptorFile, 'utf8'), 'osn.json');
  const resources = path.join(ship, descriptor.resourcePath);
  await mkdir(resources, { recursive: true });
  await cp(descriptorFile, path.join(ship, 'osn.json'));
  await cp(path.join(here, 'plugin', 'static'), resources, { recursive: true });
  await build({ ...common, entryPoints: {
    'js/plugin': 'plugin/src/plugin.js',
    'js/providers': 'plugin/src/places/providers/index.js',
    'js/vm-provider-ports': 'plugin/src/places/vm-provider-ports/index.js',
    'js/network-providers': 'plugin/src/places/network-providers/index.js',
    'css/osn': 'plugin/src/styles/osn.css',
  }, outdir: resources });
}

async function buildHost() {
  await mkdir(webadmin, { recursive: true });
  await cp(path.join(here, 'webadmin', 'static'), webadmin, { recursive: true });
  await build({ ...common, entryPoints: { 'js/webadmin': 'webadmin/src/main.js', 'css/webadmin': 'webadmin/src/styles/webadmin.css' },
    outdir: webadmin });
}

// The standalone engine's ui-plugins folder: every descriptor built above, each plugin's resources at
// plugin/<name>/ (what oVirt's PluginResourceServlet maps to ui-plugins/<resourcePath>/).
async function installPlugins() {
  const definitions = [];
  for (const file of (await readdir(ship)).filter((f) => f.endsWith('.json')).sort()) {
    const descriptor = parseDescriptor(await readFile(path.join(ship, file), 'utf8'), file);
    if (descriptor.resourcePath) {
      await cp(path.join(ship, descriptor.resourcePath), path.join(webadmin, 'plugin', descriptor.name),
        { recursive: true });
    }
    definitions.push(descriptor);
  }
  await mkdir(path.join(webadmin, 'ui-plugins'), { recursive: true });
  await writeFile(path.join(webadmin, 'ui-plugins', 'plugin-definitions.json'), JSON.stringify(definitions, null, 2));
}

await rm(ship, { recursive: true, force: true });
await rm(webadmin, { recursive: true, force: true });
await buildPlugin();
await buildHost();
await installPlugins();
