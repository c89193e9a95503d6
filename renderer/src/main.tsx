import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { startStartupReads } from './app/startup-reads';
import './styles.css';

// For the benchmark's cold-start breakdown (docs/performance.md): every module of the first chunk parsed and run.
performance.mark('app:modules-run');
dayjs.locale('zh-cn');
startStartupReads();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
