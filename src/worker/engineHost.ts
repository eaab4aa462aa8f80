import { createDataSets } from './dataSets';
import { createEvaluation } from './evaluation';
import type { HostEnvironment } from './hostEnvironment';
import { createModelState } from './modelState';
import { createReplies } from './replies';
import { createRequestHandlers } from './requestHandlers';
import { createTrainingScheduler } from './trainingScheduler';
import { checkMessage } from './validation';

/**
 * The worker's whole behaviour, free of worker globals so it runs under Vitest: checks every
 * message, then hands it to the module whose job it is (model state, data, training, requests).
 */
export function createEngineHost(env: HostEnvironment) {
  const replies = createReplies(env);
  const model = createModelState();
  const data = createDataSets(env);
  const evaluation = createEvaluation(env, model, data, replies);
  const scheduler = createTrainingScheduler(env, model, data, evaluation, replies);
  const requests = createRequestHandlers(model, data, evaluation, scheduler, replies);

  return {
    handle(message: unknown): void {
      const checked = checkMessage(message);
      if (!checked.ok) {
        return replies.refuse({ kind: 'input', detail: checked.detail }, checked.requestId);
      }
      const msg = checked.message;
      switch (msg.type) {
        case 'init':
          data.setUrls(msg.testUrl, msg.trainUrl);
          data.load('test').catch(replies.dataFailure('test'));
          return;
        case 'set-input':
          return scheduler.snapshots.show(msg.input, msg.label);
        case 'set-params':
          return scheduler.setParams(msg.params);
        case 'train':
          return scheduler.train(msg.run, msg.epochs);
        case 'train-step':
          return scheduler.step();
        case 'snapshot-ack':
          return scheduler.snapshots.acknowledged();
        case 'load-model':
          return requests['load-model'](msg);
        case 'save-model':
          return requests['save-model'](msg);
        case 'reset':
          return requests.reset(msg);
        case 'lesson':
          return requests.lesson(msg);
        case 'cost-surface':
          return requests['cost-surface'](msg);
        case 'correct':
          return requests.correct(msg);
        case 'undo-correct':
          return requests['undo-correct'](msg);
        case 'restore-point':
          return requests['restore-point'](msg);
        case 'ping':
          return requests.ping(msg);
      }
    },
  };
}
