// The baseline column of the sync push (docs/performance.md): the same events a device pushes,
// as PouchDB documents in a local database, replicated to pouchdb-server (in memory, on
// loopback), the way an offline-first app built on PouchDB/CouchDB syncs. Run by bench-sync:
//   node pouchdb_baseline.js EVENTS.jsonl PORT LOCALDIR
// EVENTS.jsonl holds one event a line ({"id":..,"type":..,...}); each becomes a document with
// the event's id as _id. Loading the local database is not timed (a till's queue is on disk
// before it syncs); the replication is, until every document is on the server. Prints
// "POUCHDB docs <n> seconds <s>".
'use strict';
const fs = require('fs');
const readline = require('readline');
const PouchDB = require('pouchdb-node');

async function main() {
    const [file, port, dir] = process.argv.slice(2);
    const local = new PouchDB(dir);
    const rl = readline.createInterface({ input: fs.createReadStream(file) });
    let batch = [];
    let loaded = 0;
    for await (const line of rl) {
        if (!line) continue;
        const e = JSON.parse(line);
        e._id = e.id;
        batch.push(e);
        if (batch.length === 1000) {
            await local.bulkDocs(batch);
            loaded += batch.length;
            batch = [];
        }
    }
    if (batch.length) {
        await local.bulkDocs(batch);
        loaded += batch.length;
    }
    const remote = new PouchDB(`http://127.0.0.1:${port}/bench`);
    const t0 = process.hrtime.bigint();
    const r = await local.replicate.to(remote, { batch_size: 500, batches_limit: 10 });
    const secs = Number(process.hrtime.bigint() - t0) / 1e9;
    const info = await remote.info();
    if (r.docs_written !== loaded || info.doc_count !== loaded) {
        console.error(`replicated ${r.docs_written} of ${loaded}; the server holds ${info.doc_count}`);
        process.exit(1);
    }
    console.log(`POUCHDB docs ${loaded} seconds ${secs.toFixed(3)}`);
}

main().catch((e) => {
    console.error(String(e && e.stack || e));
    process.exit(1);
});
