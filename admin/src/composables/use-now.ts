import { onBeforeUnmount, onMounted, ref } from 'vue';

/** The current time (ms), ticking every `interval` ms while the component is mounted: countdowns, ages. */
export function useNow(interval = 1000) {
  const now = ref(Date.now());
  let timer: ReturnType<typeof setInterval> | undefined;
  onMounted(() => {
    now.value = Date.now();
    timer = setInterval(() => {
      now.value = Date.now();
    }, interval);
  });
  onBeforeUnmount(() => clearInterval(timer));
  return now;
}
