import { Arg, Args, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { ConnectionArgs, type ConnectionShape, pageOf } from '../common/connection';
import { scopeOf } from '../common/scope';
import { countUnreadNotifications, listNotifications, markAllNotificationsRead } from './notification.service';
import { NotificationConnection, NotificationType } from './notification.type';

@Resolver(() => NotificationType)
export class NotificationResolver {
  @Query(() => NotificationConnection, { description: 'The caller’s notifications, newest first.' })
  async notifications(
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg('unreadOnly', () => Boolean, { defaultValue: false }) unreadOnly: boolean,
    @Ctx() ctx: Context,
  ): Promise<ConnectionShape<NotificationType>> {
    const scope = scopeOf(ctx);
    return pageOf(page, async (window) => {
      const [rows, total] = await listNotifications(scope, unreadOnly, window);
      return [rows.map(NotificationType.from), total];
    });
  }

  @Query(() => Int, { description: 'How many of the caller’s notifications are unread (for the header).' })
  async unreadNotificationCount(@Ctx() ctx: Context): Promise<number> {
    return countUnreadNotifications(scopeOf(ctx));
  }

  @Mutation(() => Int, { description: 'Marks all the caller’s notifications read; returns how many were unread.' })
  async markNotificationsRead(@Ctx() ctx: Context): Promise<number> {
    return markAllNotificationsRead(scopeOf(ctx));
  }
}
