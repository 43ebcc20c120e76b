// Preload: exposes window.api (one function per operation) over ipcRenderer; never ipcRenderer itself.
import { contextBridge, ipcRenderer } from 'electron';
import { createBridgeApi } from './api/create-api';

const api = createBridgeApi({
  invoke: (channel, payload) => ipcRenderer.invoke(channel, payload),
  subscribe: (channel, listener) => {
    const handler = (_event: Electron.IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on(channel, handler);
    return () => ipcRenderer.removeListener(channel, handler);
  },
});

contextBridge.exposeInMainWorld('api', api);
