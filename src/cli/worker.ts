/** A worker thread of `assess check --jobs N`: checks the files it is sent, one at a time. */
import { parentPort, workerData } from "worker_threads";
import { checkFile } from "./check";
import type { WorkerReply, WorkerRequest, WorkerSetup } from "./batch";

const { options } = workerData as WorkerSetup;
parentPort?.on("message", (req: WorkerRequest) => {
  void checkFile(req.file, options).then((outcome) => {
    parentPort!.postMessage({ index: req.index, outcome } satisfies WorkerReply);
  });
});
